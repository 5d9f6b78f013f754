namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// What a calendar webhook means for an appointment. <see cref="Rescheduled"/>: a booking that replaces an earlier one
/// (Cal.com <c>BOOKING_RESCHEDULED</c>; Calendly <c>invitee.created</c> with <c>old_invitee</c>). <see cref="Ping"/>:
/// Cal.com's connectivity test. <see cref="Ignored"/>: a trigger this product does not act on.
/// </summary>
public enum BookingEventKind
{
    Created,
    Rescheduled,
    Cancelled,
    Ping,
    Ignored,
}
