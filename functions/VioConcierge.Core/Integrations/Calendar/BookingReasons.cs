namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>The short codes a processed booking records as its reason (<c>calendar_events.reason</c>).</summary>
public static class BookingReasons
{
    public const string NoPhone = "no_phone";
    public const string InvalidPhone = "invalid_phone";
    public const string AppointmentInPast = "appointment_in_past";
    public const string EventTypeFiltered = "event_type_filtered";
    public const string DuplicateSkipped = "duplicate_skipped";
    public const string AutoCreateOff = "auto_create_off";
    public const string UnknownBooking = "unknown_booking";
    public const string PhiBlocked = "phi_blocked";
    public const string InvalidBooking = "invalid_booking";
    public const string EmailInUse = "email_in_use";
    public const string RescheduleLinked = "reschedule_linked";
}
