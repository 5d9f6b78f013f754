using VioConcierge.Application.Notifications;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Applies what the voice provider reports about a call, whether its webhook said it or a lookup found it, the same
/// way: a connected call is marked connected (at the provider's start time) before its outcome, the outcome is recorded
/// once, and an outcome that needs the platform's attention raises one alert per call however it was learnt.
/// </summary>
public sealed class ProviderCallReports(CallOutcomeService outcomes, IWorkQueue queue, TimeProvider time)
{
    /// <summary>Whether the report decided the call's outcome (false: it is still waiting, e.g. for its analysis).</summary>
    public async Task<bool> ApplyAsync(Guid tenantId, Guid sessionId, string providerCallId, CallLookup report, CancellationToken ct)
    {
        if (report.Connected)
        {
            await outcomes.ConnectedAsync(tenantId, sessionId, ct, report.StartedAt, providerCallId);
        }
        if (report.Outcome is not { } outcome)
        {
            return false;
        }
        await outcomes.OutcomeAsync(tenantId, sessionId, outcome, ct, providerCallId);
        if (report.Alert is { } alert)
        {
            var notification = WorkPayload.Write(new PlatformNotificationPayload(alert, report.Reason ?? "unknown"));
            await queue.EnqueueAsync(new WorkRequest(WorkKinds.NotifyPlatform, notification, time.GetUtcNow(), tenantId,
                $"{Webhooks.Retell.RetellWebhookIngest.Provider}:{providerCallId}:alert"), ct);
        }
        return true;
    }
}
