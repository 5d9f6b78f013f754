using System.Globalization;

namespace VioConcierge.Core.Calls.Retell;

/// <summary>
/// The <c>metadata</c> a call is placed with and Retell echoes in every webhook: webhooks are correlated by these ids,
/// never by phone number. Values are strings (ids as GUIDs, the attempt as a decimal number).
/// </summary>
public static class RetellMetadata
{
    public const string TenantId = "tenant_id";
    public const string ContactId = "contact_id";
    public const string ReminderId = "reminder_id";
    public const string Attempt = "attempt";
    public const string CallSessionId = "call_session_id";

    public static IReadOnlyDictionary<string, string> For(CallRequest request)
    {
        var metadata = new Dictionary<string, string>
        {
            [TenantId] = request.TenantId.ToString(),
            [ContactId] = request.ContactId.ToString(),
            [CallSessionId] = request.CallSessionId.ToString(),
        };
        if (request.ReminderId is { } reminderId)
        {
            metadata[ReminderId] = reminderId.ToString();
        }
        if (request.Attempt is { } attempt)
        {
            metadata[Attempt] = attempt.ToString(CultureInfo.InvariantCulture);
        }
        return metadata;
    }
}
