using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Looks up, with the voice provider, a call whose end has not been reported (its webhooks lost: the process died while
/// it was live, say), on <see cref="CallLookupSchedule"/>: 2, 4, 8 and 16 minutes after its session was created, so its
/// dialling slot frees within minutes of the call ending rather than at the outcome timeout. When the provider says
/// the call has ended, its outcome is applied as its webhook would have been. While the provider has no outcome, does
/// not know the call, or fails to answer, the next check is scheduled. At the last check (the outcome timeout, scheduled
/// with the session), a call without a reminder that still has no outcome ends failed; a reminder's attempt is settled by
/// its own outcome check.
/// </summary>
public sealed class CallLookupHandler(
    ITransactions database, ICallSessionStore sessions, ProviderCallReports reports, CallOutcomeService outcomes,
    IVoiceProvider voice, IWorkQueue queue, ILogger<CallLookupHandler> logger) : IWorkHandler
{
    public string Kind => WorkKinds.LookupCall;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId!.Value;
        var check = WorkPayload.Read<CallLookupPayload>(item);
        CallSessionRow? session;
        await using (var read = await database.BeginTenantAsync(tenantId, cancellationToken))
        {
            session = await sessions.FindAsync(read, check.CallSessionId, forUpdate: false, cancellationToken);
        }
        if (session is not { EndedAt: null })
        {
            return;
        }
        var final = CallLookupSchedule.IsFinal(check.Check);
        if (session.ProviderCallId is { } callId && await LookUpAsync(tenantId, session, final, cancellationToken) is { Ended: true } report
            && await reports.ApplyAsync(tenantId, session.Id, callId, report, cancellationToken))
        {
            return;
        }
        if (!final)
        {
            // The last check was scheduled with the session (or, for a reminder, its outcome check).
            if (!CallLookupSchedule.IsFinal(check.Check + 1))
            {
                await queue.EnqueueAsync(CallSessionWork.Lookup(tenantId, session, check.Check + 1), cancellationToken);
            }
            return;
        }
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        if (await sessions.FindAsync(uow, session.Id, forUpdate: true, cancellationToken) is { EndedAt: null } open)
        {
            await outcomes.TimedOutAsync(uow, open, cancellationToken);
        }
        await uow.CommitAsync(cancellationToken);
    }

    /// <summary>The provider's view; a failure before the last check is logged and left to the next one.</summary>
    private async Task<CallLookup?> LookUpAsync(Guid tenantId, CallSessionRow session, bool final, CancellationToken ct)
    {
        try
        {
            return await voice.LookupCallAsync(tenantId, session.ProviderCallId!, ct);
        }
        catch (HttpRequestException exception) when (!final)
        {
            logger.LogWarning("Looking up call session {CallSessionId} with the voice provider failed ({Error}); it is checked again later",
                session.Id, exception.Message);
            return null;
        }
    }
}
