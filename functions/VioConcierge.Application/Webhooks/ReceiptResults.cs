using VioConcierge.Application.Telemetry;

namespace VioConcierge.Application.Webhooks;

public static class ReceiptResults
{
    /// <summary>How a recorded receipt counts as a delivery: recorded is accepted, a repeat deduplicated, an unknown session ignored.</summary>
    public static WebhookDeliveryResult ToDelivery(this ReceiptResult result) => result switch
    {
        ReceiptResult.Recorded => WebhookDeliveryResult.Accepted,
        ReceiptResult.Duplicate => WebhookDeliveryResult.Deduplicated,
        _ => WebhookDeliveryResult.Ignored,
    };
}
