using VioConcierge.Application.Calls;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Webhooks.Retell;

/// <summary>
/// Applies one recorded Retell event through <see cref="CallOutcomeService"/>. <c>call_started</c> marks the call
/// in progress; <c>call_ended</c> / <c>call_analyzed</c> map the disconnection reason (and, for a connected call,
/// the analysis) to an outcome, applied by <see cref="ProviderCallReports"/> as a lookup's finding is. Whatever the order the events arrive in, and with or without <c>call_started</c>,
/// the call and the contact end the same: a connected call is marked connected (at the provider's start time)
/// before its outcome, and the first event that decides the outcome wins, later ones finding it recorded.
/// </summary>
public sealed class RetellEventHandler(CallOutcomeService outcomes, ProviderCallReports reports, ILogger<RetellEventHandler> logger)
    : IWorkHandler
{
    public string Kind => WebhookWorkKinds.RetellEvent;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId ?? throw new InvalidOperationException("A Retell event without a tenant.");
        var payload = WorkPayload.Read<RetellEventPayload>(item);
        if (payload.Event == RetellWebhook.CallStarted)
        {
            await outcomes.ConnectedAsync(tenantId, payload.CallSessionId, cancellationToken, payload.StartedAt, payload.CallId);
            return;
        }
        if (payload.DisconnectionReason is { } reason && !RetellDisconnections.IsKnown(reason))
        {
            logger.LogWarning("Retell call {CallId} ended for an unlisted reason {Reason}: treated as a system error", payload.CallId, reason);
        }
        await reports.ApplyAsync(tenantId, payload.CallSessionId, payload.CallId,
            CallLookup.EndedFor(payload.DisconnectionReason, payload.Analysis, payload.StartedAt), cancellationToken);
    }
}
