using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// The words of each event. A contact is named only as <see cref="ContactMention"/> allows; a booking that failed to
/// import is described by its provider and reason, never by the attendee.
/// </summary>
public static class NotificationTexts
{
    public static NotificationContent For(NotificationEvent e, ContactMention? contact)
    {
        var who = string.IsNullOrWhiteSpace(contact?.Name) ? "A customer" : contact.Name;
        var on = contact?.Appointment is { } when ? $" on {when}" : "";
        var contactPath = e.ContactId is { } id ? $"/contacts/{id}" : "/contacts";
        var (title, message, path) = e.Kind switch
        {
            NotificationTypes.AppointmentConfirmed => ("Appointment confirmed", $"{who} confirmed their appointment{on}.", contactPath),
            NotificationTypes.AppointmentCancelled => ("Appointment cancelled", $"{who} cancelled their appointment{on}.", contactPath),
            NotificationTypes.RescheduleRequested => ("Reschedule requested",
                $"{who} asked to move their appointment{on}. Contact them to agree a new time.", contactPath),
            NotificationTypes.AttemptsExhausted => ("Reminder calls ran out of attempts",
                $"{who} could not be reached about their appointment{on}; no more reminder calls will be made.", contactPath),
            NotificationTypes.InvalidNumber => ("Invalid phone number",
                $"The phone number of {Lower(who)} is not valid; correct it so their appointment{on} can be confirmed.", contactPath),
            NotificationTypes.CalendarImportFailed => CalendarFailure(e.Detail),
            NotificationTypes.TenantPaused => ("Calls are paused", Paused(e.Detail), "/dashboard"),
            _ => ("Notification", "Something needs your attention.", "/dashboard"),
        };
        return new NotificationContent(e.Kind, NotificationTypes.Severity(e.Kind), title, message, path);
    }

    /// <summary>A failed booking's detail is <c>{provider}:{reason}</c>.</summary>
    private static (string, string, string) CalendarFailure(string? detail)
    {
        var parts = (detail ?? "").Split(':', 2);
        var provider = parts[0] == CalendarProviders.CalendlyName ? CalendarProviders.CalendlyName : CalendarProviders.CalComName;
        var name = provider == CalendarProviders.CalendlyName ? "Calendly" : "Cal.com";
        var why = (parts.Length > 1 ? parts[1] : null) switch
        {
            BookingReasons.NoPhone => "it has no phone number",
            BookingReasons.InvalidPhone => "its phone number is not a valid UK number",
            BookingReasons.PhiBlocked => "it holds what looks like health information, which your compliance settings block",
            BookingReasons.EmailInUse => "its email address belongs to another contact",
            _ => "its details are not valid",
        };
        return ("Calendar booking not imported", $"A {name} booking could not be imported: {why}.", $"/settings/integrations/{provider}");
    }

    private static string Paused(string? detail) => detail is { Length: > 0 }
        ? $"{detail} No calls will be made until your account is resumed."
        : "Your account was paused by the platform team. No calls will be made until it is resumed.";

    private static string Lower(string who) => who == "A customer" ? "a customer" : who;
}
