namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// The non-secret settings as a caller sent them, before validation. <see cref="EventTypeFilter"/> holds Cal.com event
/// type ids as decimal text or Calendly event type URIs; nulls take the defaults.
/// </summary>
public sealed record CalendarSettingsInput(
    string? OrganizerEmail, IReadOnlyList<string>? EventTypeFilter, int? CallBeforeHours, string? DuplicateHandling, bool? AutoCreate);
