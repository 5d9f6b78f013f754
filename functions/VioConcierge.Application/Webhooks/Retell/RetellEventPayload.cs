using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Application.Webhooks.Retell;

/// <summary>The work item of one recorded Retell event: the call session it concerns and what the event said.</summary>
public sealed record RetellEventPayload(
    Guid CallSessionId,
    string Event,
    string CallId,
    string? DisconnectionReason,
    RetellAnalysis? Analysis,
    DateTimeOffset? StartedAt)
{
    public static RetellEventPayload From(RetellWebhook webhook, Guid callSessionId) =>
        new(callSessionId, webhook.Event, webhook.CallId, webhook.DisconnectionReason, webhook.Analysis, webhook.StartedAt);
}
