using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Calls;

/// <summary>
/// Thirty minutes after dialling with no outcome: ask the provider about the call; apply its outcome if it has one,
/// otherwise treat the attempt as failed (the reminder then retries per policy).
/// </summary>
public sealed class OutcomeCheckHandler(
    Database database, PostgresReminderStore reminders, PostgresCallSessionStore sessions, CallOutcomeService outcomes,
    ReminderEngine engine, IVoiceProvider voice, TimeProvider time) : IWorkHandler
{
    public string Kind => ReminderWorkKinds.OutcomeCheck;

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
        }
        var lookup = session?.ProviderCallId is { } providerCallId ? await voice.LookupCallAsync(tenantId, providerCallId, cancellationToken) : null;
        if (session is not null && lookup is { Ended: true, Outcome: { } outcome })
        {
            await outcomes.OutcomeAsync(tenantId, session.Id, outcome, cancellationToken);
            return;
        }
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        if (session is not null && await sessions.FindAsync(uow, session.Id, forUpdate: true, cancellationToken) is { Outcome: null } open)
        {
            (open.Status, open.Outcome, open.Error, open.EndedAt, open.UpdatedAt) = ("failed", "failed", "no_outcome", time.GetUtcNow(), time.GetUtcNow());
            await sessions.SaveAsync(uow, open, cancellationToken);
        }
        await engine.ApplyAsync(uow, payload.ContactId, new ReminderEvent.OutcomeTimedOut(payload.Attempt), null, cancellationToken);
        await uow.CommitAsync(cancellationToken);
    }
}
