using System.Globalization;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// The non-secret settings as shown: <see cref="EventTypeFilter"/> holds numbers for Cal.com and URIs for Calendly,
/// <see cref="DuplicateHandling"/> is <c>create_new</c> | <c>update_existing</c> | <c>skip_duplicates</c>.
/// </summary>
public sealed record CalendarSettingsView(
    string? OrganizerEmail, IReadOnlyList<object> EventTypeFilter, int? CallBeforeHours, string DuplicateHandling, bool AutoCreate)
{
    public static CalendarSettingsView From(CalendarProvider provider, CalendarIntegrationSettings settings) => new(
        settings.OrganizerEmail,
        settings.EventTypeFilter.Select(entry => provider == CalendarProvider.CalCom
            ? long.Parse(entry, CultureInfo.InvariantCulture)
            : (object)entry).ToList(),
        settings.CallBeforeHours,
        settings.DuplicateHandling.Name(),
        settings.AutoCreate);
}
