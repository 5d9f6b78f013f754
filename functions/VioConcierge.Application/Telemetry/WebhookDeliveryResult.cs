namespace VioConcierge.Application.Telemetry;

/// <summary>
/// What became of a webhook delivery: recorded for processing, a repeat of one recorded before, answered 2xx but not
/// needed (an event not handled, or naming nothing of the tenant), or refused (bad signature, malformed, unknown hook).
/// </summary>
public enum WebhookDeliveryResult
{
    Accepted,
    Deduplicated,
    Ignored,
    Refused,
}
