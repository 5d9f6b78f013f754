using System.Globalization;
using System.Text.RegularExpressions;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// A calendar integration's non-secret settings (stored as JSON in <c>calendar_integrations.settings</c>).
/// <see cref="EventTypeFilter"/>: the event types whose bookings are imported, empty = all (Cal.com: positive integer
/// ids as decimal text; Calendly: event type URIs). <see cref="CallBeforeHours"/>: hours before an imported appointment
/// to call, null = the tenant's default call timing. The secrets live in the secret store, never here.
/// </summary>
public sealed partial record CalendarIntegrationSettings(
    string? OrganizerEmail, IReadOnlyList<string> EventTypeFilter, int? CallBeforeHours, DuplicateHandling DuplicateHandling, bool AutoCreate)
{
    public const int MinCallBeforeHours = 1;
    public const int MaxCallBeforeHours = 168;
    public const int MaxEventTypes = 50;
    public const string CalendlyEventTypePrefix = "https://api.calendly.com/event_types/";

    public static readonly CalendarIntegrationSettings Default = new(null, [], null, DuplicateHandling.UpdateExisting, true);

    /// <summary>Whether a booking of <paramref name="eventTypeId"/> (Cal.com id as decimal text, Calendly URI) is imported.</summary>
    public bool Includes(string? eventTypeId) =>
        EventTypeFilter.Count == 0 || (eventTypeId is not null && EventTypeFilter.Contains(eventTypeId, StringComparer.Ordinal));

    /// <summary>
    /// Validates <paramref name="input"/> for <paramref name="provider"/>; the organizer email is required when the
    /// integration is to be enabled (bookings are matched to it and the connection test compares it).
    /// </summary>
    public static Result<CalendarIntegrationSettings> Parse(CalendarProvider provider, CalendarSettingsInput input, bool enabled)
    {
        var errors = new FieldErrors();
        string? email = null;
        if (string.IsNullOrWhiteSpace(input.OrganizerEmail))
        {
            errors.AddIf(enabled, "organizerEmail", "Required to enable the integration.");
        }
        else if (EmailAddress.TryParse(input.OrganizerEmail, out var parsed))
        {
            email = parsed.Value;
        }
        else
        {
            errors.Add("organizerEmail", "Enter a valid email address, e.g. desk@example.org.");
        }
        var filter = ParseFilter(provider, input.EventTypeFilter ?? [], errors);
        errors.AddIf(input.CallBeforeHours is < MinCallBeforeHours or > MaxCallBeforeHours, "callBeforeHours",
            $"Call {MinCallBeforeHours} to {MaxCallBeforeHours} hours before the appointment, or leave it empty for the default call timing.");
        var handling = DuplicateHandling.UpdateExisting;
        if (input.DuplicateHandling is not null && !DuplicateHandlings.TryParse(input.DuplicateHandling, out handling))
        {
            errors.Add("duplicateHandling", $"One of: {string.Join(", ", DuplicateHandlings.All)}.");
        }
        return errors.IsEmpty
            ? new CalendarIntegrationSettings(email, filter, input.CallBeforeHours, handling, input.AutoCreate ?? true)
            : errors;
    }

    private static List<string> ParseFilter(CalendarProvider provider, IReadOnlyList<string> entries, FieldErrors errors)
    {
        errors.AddIf(entries.Count > MaxEventTypes, "eventTypeFilter", $"At most {MaxEventTypes} event types.");
        var filter = new List<string>();
        for (var i = 0; i < entries.Count && i < MaxEventTypes; i++)
        {
            var entry = provider == CalendarProvider.CalCom ? CalComEventType(entries[i]) : CalendlyEventType(entries[i]);
            if (entry is null)
            {
                errors.Add($"eventTypeFilter[{i}]", provider == CalendarProvider.CalCom
                    ? "A Cal.com event type id is a positive whole number, e.g. 1234567."
                    : $"A Calendly event type is its URI, e.g. {CalendlyEventTypePrefix}AAAAAAAAAAAAAAAA.");
            }
            else if (!filter.Contains(entry, StringComparer.Ordinal))
            {
                filter.Add(entry);
            }
        }
        return filter;
    }

    private static string? CalComEventType(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id.ToString(CultureInfo.InvariantCulture)
            : null;

    private static string? CalendlyEventType(string? text)
    {
        var uri = text?.Trim();
        return uri is not null && CalendlyEventTypeUri().IsMatch(uri) ? uri : null;
    }

    [GeneratedRegex(@"^https://api\.calendly\.com/event_types/[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendlyEventTypeUri();
}
