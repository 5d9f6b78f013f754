using System.Text.Json;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// PUT /api/settings/integrations/{calcom|calendly}: the whole set of non-secret settings (an absent field takes its
/// default; <see cref="Enabled"/> absent = false), <see cref="EventTypeFilter"/> as Cal.com ids (numbers or digit
/// strings) or Calendly event type URIs. Secrets are write-only: <see cref="ApiKey"/> (Cal.com API key or Calendly
/// personal access token) and the webhook key (<see cref="WebhookSecret"/> for Cal.com, <see cref="SigningKey"/> for
/// Calendly) replace the stored one when sent, are kept when omitted, and are dropped by their remove flag.
/// <see cref="Version"/> or If-Match guards lost updates.
/// </summary>
public sealed record CalendarSettingsRequest(
    bool? Enabled,
    string? OrganizerEmail,
    IReadOnlyList<JsonElement>? EventTypeFilter,
    int? CallBeforeHours,
    string? DuplicateHandling,
    bool? AutoCreate,
    string? ApiKey,
    bool? RemoveApiKey,
    string? WebhookSecret,
    bool? RemoveWebhookSecret,
    string? SigningKey,
    bool? RemoveSigningKey,
    int? Version)
{
    /// <summary>The filter entries as text (numbers by their digits); anything else becomes an entry validation refuses.</summary>
    public IReadOnlyList<string>? EventTypeFilterText() => EventTypeFilter?.Select(entry => entry.ValueKind switch
    {
        JsonValueKind.Number => entry.GetRawText(),
        JsonValueKind.String => JsonStrings.Of(entry) ?? "",
        _ => "",
    }).ToList();
}
