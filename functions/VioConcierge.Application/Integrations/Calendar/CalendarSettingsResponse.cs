using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// A tenant's integration with one calendar provider as shown to its admins. <see cref="IntegrationId"/> and
/// <see cref="WebhookUrl"/> are null until the first save. <see cref="Secrets"/> shows only whether each secret is
/// stored (and its last four characters): <c>apiKey</c>, and <c>webhookSecret</c> (Cal.com) or <c>signingKey</c> (Calendly).
/// </summary>
public sealed record CalendarSettingsResponse(
    string Provider,
    Guid? IntegrationId,
    string? WebhookUrl,
    bool Enabled,
    CalendarSettingsView Settings,
    IReadOnlyDictionary<string, SecretMask> Secrets,
    IReadOnlyList<CalendarWarning> Warnings,
    CalendarSyncStatus SyncStatus,
    int Version)
{
    public static CalendarSettingsResponse From(
        CalendarProvider provider, CalendarIntegrationRow? row, SecretMask apiKey, SecretMask webhookKey, CalendarSyncStatus status)
    {
        var enabled = row?.Enabled ?? false;
        var warnings = enabled && provider == CalendarProvider.CalCom && !webhookKey.Configured
            ? new[] { CalendarWarning.UnsignedWebhooks }
            : [];
        return new(provider.Name(), row?.Id, null, enabled,
            CalendarSettingsView.From(provider, row?.Settings ?? CalendarIntegrationSettings.Default),
            new Dictionary<string, SecretMask> { ["apiKey"] = apiKey, [CalendarSecretFields.WebhookKey(provider)] = webhookKey },
            warnings, status, row?.Version ?? 0);
    }
}
