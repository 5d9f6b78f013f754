using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>The request and response field names of each provider's secrets, and the edits a request asks for.</summary>
public static class CalendarSecretFields
{
    public const string ApiKey = "apiKey";
    public const string WebhookSecret = "webhookSecret";
    public const string SigningKey = "signingKey";

    public static string WebhookKey(CalendarProvider provider) => provider == CalendarProvider.CalCom ? WebhookSecret : SigningKey;

    public static SecretEdit ApiKeyEdit(CalendarSettingsRequest request) =>
        new(ApiKey, "removeApiKey", request.ApiKey, request.RemoveApiKey == true);

    public static SecretEdit WebhookKeyEdit(CalendarProvider provider, CalendarSettingsRequest request) => provider == CalendarProvider.CalCom
        ? new(WebhookSecret, "removeWebhookSecret", request.WebhookSecret, request.RemoveWebhookSecret == true)
        : new(SigningKey, "removeSigningKey", request.SigningKey, request.RemoveSigningKey == true);

    /// <summary>The other provider's webhook key fields, which this provider's request must not carry.</summary>
    public static (string Field, bool Sent)[] Foreign(CalendarProvider provider, CalendarSettingsRequest request) => provider == CalendarProvider.CalCom
        ? [(SigningKey, request.SigningKey is not null), ("removeSigningKey", request.RemoveSigningKey is not null)]
        : [(WebhookSecret, request.WebhookSecret is not null), ("removeWebhookSecret", request.RemoveWebhookSecret is not null)];
}
