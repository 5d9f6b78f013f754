using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// Validates a settings save: the settings themselves (Core), the secrets' shapes, and what enabling needs. Enabling
/// needs an API key (stored or sent). A Calendly integration also needs its signing key, since every Calendly delivery
/// is signed and cannot be verified without it; a Cal.com one may run without a webhook secret (Cal.com then sends
/// unsigned events, accepted per providers.md), which the response flags as a warning.
/// </summary>
public static class CalendarSettingsValidation
{
    public static Result<CalendarIntegrationSettings> Validate(
        CalendarProvider provider, CalendarSettingsRequest request, bool keyStored, bool webhookKeyStored, FieldErrors errors)
    {
        var enabled = request.Enabled == true;
        var parsed = CalendarIntegrationSettings.Parse(provider, new CalendarSettingsInput(
            request.OrganizerEmail, request.EventTypeFilterText(), request.CallBeforeHours, request.DuplicateHandling, request.AutoCreate), enabled);
        foreach (var (field, messages) in parsed.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            Array.ForEach(messages, message => errors.Add(field, message));
        }
        var apiKey = CalendarSecretFields.ApiKeyEdit(request);
        var webhookKey = CalendarSecretFields.WebhookKeyEdit(provider, request);
        apiKey.Validate(errors, key => CalendarSecrets.ValidateApiKey(provider, key, apiKey.Field, errors));
        webhookKey.Validate(errors, secret => CalendarSecrets.ValidateWebhookSecret(secret, webhookKey.Field, errors));
        foreach (var (field, sent) in CalendarSecretFields.Foreign(provider, request))
        {
            errors.AddIf(sent, field, $"Not a {provider.Name()} setting.");
        }
        errors.AddIf(enabled && !apiKey.WillBeStored(keyStored), apiKey.Field, "An API key is required to enable the integration.")
            .AddIf(enabled && provider == CalendarProvider.Calendly && !webhookKey.WillBeStored(webhookKeyStored), webhookKey.Field,
                "The webhook subscription's signing key is required to enable Calendly: its deliveries cannot be verified without it.");
        return errors.IsEmpty ? parsed : errors;
    }
}
