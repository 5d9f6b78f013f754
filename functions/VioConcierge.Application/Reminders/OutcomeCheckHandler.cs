using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Thirty minutes after dialling with no outcome (the outcome timeout; <see cref="CallLookupHandler"/> has asked the
/// provider on the way): ask the provider about the call once more and apply its outcome as its webhook would be if it
/// has one; otherwise the call ends failed and the attempt times out (the reminder then retries per policy). A call
/// whose outcome was recorded but never reached its reminder (its event was lost) gives the reminder that outcome.
/// </summary>
public sealed class OutcomeCheckHandler(
    ITransactions database, IReminderStore reminders, ICallSessionStore sessions, CallOutcomeService outcomes,
    ProviderCallReports reports, ReminderEngine engine, IVoiceProvider voice) : IWorkHandler
{
    public string Kind => WorkKinds.OutcomeCheck;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId!.Value;
        var payload = WorkPayload.Read<AttemptPayload>(item);
        CallSessionRow? session;
        await using (var read = await database.BeginTenantAsync(tenantId, cancellationToken))
        {
            var reminder = await reminders.FindForUpdateAsync(read, payload.ContactId, cancellationToken);
            if (reminder?.Status != "calling" || reminder.CallAttempt != payload.Attempt || (payload.Seq is { } seq && reminder.TimerSeq != seq))
            {
                return;
            }
            session = await sessions.FindByAttemptAsync(read, reminder.Id, payload.Attempt, cancellationToken);
            if (session?.Outcome is { } recorded && CallOutcomes.TryParse(recorded, out var known))
            {
                await engine.ApplyAsync(read, payload.ContactId, new ReminderEvent.OutcomeReceived(payload.Attempt, known), null, cancellationToken);
                await read.CommitAsync(cancellationToken);
                return;
            }
        }
        if (session?.ProviderCallId is { } providerCallId && await voice.LookupCallAsync(tenantId, providerCallId, cancellationToken) is { Ended: true } report
            && await reports.ApplyAsync(tenantId, session.Id, providerCallId, report, cancellationToken))
        {
            return;
        }
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        if (session is not null && await sessions.FindAsync(uow, session.Id, forUpdate: true, cancellationToken) is { EndedAt: null } open)
        {
            await outcomes.TimedOutAsync(uow, open, cancellationToken);
        }
        await engine.ApplyAsync(uow, payload.ContactId, new ReminderEvent.OutcomeTimedOut(payload.Attempt), null, cancellationToken);
        await uow.CommitAsync(cancellationToken);
    }
}
