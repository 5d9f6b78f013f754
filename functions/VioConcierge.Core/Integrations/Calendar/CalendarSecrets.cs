using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Shape rules for the secrets a tenant enters (the values are stored as entered, trimmed): a Cal.com API key starts
/// with <c>cal_live_</c>; a Calendly personal access token and the webhook keys are single tokens without spaces.
/// </summary>
public static class CalendarSecrets
{
    public const string CalComKeyPrefix = "cal_live_";
    public const int MinLength = 8;
    public const int MaxApiKeyLength = 4096;
    public const int MaxWebhookSecretLength = 256;

    public static void ValidateApiKey(CalendarProvider provider, string key, string field, FieldErrors errors)
    {
        Validate(key, MaxApiKeyLength, field, errors);
        errors.AddIf(provider == CalendarProvider.CalCom && (!key.StartsWith(CalComKeyPrefix, StringComparison.Ordinal) || key.Length == CalComKeyPrefix.Length), field,
            $"A Cal.com API key is '{CalComKeyPrefix}' followed by the key.");
    }

    public static void ValidateWebhookSecret(string secret, string field, FieldErrors errors) =>
        Validate(secret, MaxWebhookSecretLength, field, errors);

    private static void Validate(string value, int maxLength, string field, FieldErrors errors) =>
        errors.AddIf(value.Length < MinLength || value.Length > maxLength, field, $"{MinLength} to {maxLength} characters.")
            .AddIf(value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)), field, "No spaces or control characters.");
}
