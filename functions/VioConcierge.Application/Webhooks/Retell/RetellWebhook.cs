using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Application.Webhooks.Retell;

/// <summary>
/// The facts of one Retell webhook this product uses. Nothing else of the body (numbers, transcript, recording) is
/// kept. <see cref="TenantId"/> and <see cref="CallSessionId"/> come from the call's metadata (null when absent).
/// </summary>
public sealed record RetellWebhook(
    string Event,
    string CallId,
    Guid? TenantId,
    Guid? CallSessionId,
    string? DisconnectionReason,
    RetellAnalysis? Analysis,
    DateTimeOffset? StartedAt)
{
    public const string CallStarted = "call_started";
    public const string CallEnded = "call_ended";
    public const string CallAnalyzed = "call_analyzed";

    /// <summary>Whether this product acts on the event (others are acknowledged and ignored).</summary>
    public bool IsHandled => Event is CallStarted or CallEnded or CallAnalyzed;
}
