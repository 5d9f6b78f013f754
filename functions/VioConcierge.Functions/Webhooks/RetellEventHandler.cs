using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Calls;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Webhooks;

/// <summary>
/// Applies one recorded Retell event through <see cref="CallOutcomeService"/>. <c>call_started</c> marks the call
/// in progress; <c>call_ended</c> / <c>call_analyzed</c> map the disconnection reason (and, for a connected call,
/// the analysis) to an outcome. Whatever the order the events arrive in, and with or without <c>call_started</c>,
/// the call and the contact end the same: a connected call is marked connected (at the provider's start time)
/// before its outcome, and the first event that decides the outcome wins, later ones finding it recorded.
/// </summary>
public sealed class RetellEventHandler(CallOutcomeService outcomes, PostgresWorkQueue queue, TimeProvider time, ILogger<RetellEventHandler> logger)
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
        var result = RetellDisconnections.For(payload.DisconnectionReason, payload.Analysis);
        if (result.Connected)
        {
            await outcomes.ConnectedAsync(tenantId, payload.CallSessionId, cancellationToken, payload.StartedAt, payload.CallId);
        }
        if (result.Outcome is not { } outcome)
        {
            return;
        }
        await outcomes.OutcomeAsync(tenantId, payload.CallSessionId, outcome, cancellationToken, payload.CallId);
        if (result.Alert is { } alert)
        {
            var notification = WorkPayload.Write(new PlatformNotificationPayload(alert, payload.DisconnectionReason ?? "unknown"));
            await queue.EnqueueAsync(new WorkRequest(ReminderWorkKinds.NotifyPlatform, notification, time.GetUtcNow(), tenantId,
                $"{RetellWebhookIngest.Provider}:{payload.CallId}:alert"), cancellationToken);
        }
    }
}
