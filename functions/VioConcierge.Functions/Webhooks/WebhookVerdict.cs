namespace VioConcierge.Functions.Webhooks;

/// <summary>How a webhook delivery is answered: 204 (recorded, duplicate or ignored), 400 (malformed) or 401 (bad signature).</summary>
public enum WebhookVerdict
{
    Accepted,
    Malformed,
    Unauthorized,
}
