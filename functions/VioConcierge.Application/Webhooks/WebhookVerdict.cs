namespace VioConcierge.Application.Webhooks;

/// <summary>
/// How a webhook delivery is answered: accepted (recorded, duplicate or ignored), 400 (malformed), 401 (bad signature) or
/// 404 (a calendar integration that does not exist or is disabled).
/// </summary>
public enum WebhookVerdict
{
    Accepted,
    Malformed,
    Unauthorized,
    NotFound,
}
