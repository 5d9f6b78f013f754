namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Decides what a booking event does, given the contacts it may concern and the integration's settings. Pure.
/// <list type="bullet">
/// <item>Cancelled: the linked contact is cancelled; unknown bookings are skipped. The cancelled half of a Calendly
/// reschedule (<c>rescheduled: true</c>, <c>new_invitee</c> X) only links X to the contact, so whichever half arrives
/// first, the pair ends as one contact at the new time, never cancelled.</item>
/// <item>Created / Rescheduled: bookings of filtered-out event types and appointments already begun are skipped.
/// A linked contact is moved (reschedule) or updated (the same booking again). Otherwise a contact with the same phone
/// or email is updated, left alone (<c>skip_duplicates</c>) or ignored (<c>create_new</c>); then, if auto-create is on, a
/// contact is created, which needs a UK phone number (failed: <c>no_phone</c> / <c>invalid_phone</c>). With auto-create
/// off, existing contacts still follow their bookings.</item>
/// </list>
/// </summary>
public static class BookingDecider
{
    public static BookingDecision Decide(BookingEvent booking, CalendarIntegrationSettings settings, BookingMatches found, DateTimeOffset now) =>
        booking.Kind switch
        {
            BookingEventKind.Cancelled => Cancel(booking, found),
            BookingEventKind.Created or BookingEventKind.Rescheduled => Book(booking, settings, found, now),
            _ => new BookingDecision(BookingAction.Ignore),
        };

    private static BookingDecision Cancel(BookingEvent booking, BookingMatches found) => found.Linked switch
    {
        null => BookingDecision.Skip(BookingReasons.UnknownBooking),
        { } contact when booking.Rescheduled && booking.NewExternalId is not null =>
            new BookingDecision(BookingAction.Link, contact, BookingReasons.RescheduleLinked),
        { } contact => new BookingDecision(BookingAction.Cancel, contact),
    };

    private static BookingDecision Book(BookingEvent booking, CalendarIntegrationSettings settings, BookingMatches found, DateTimeOffset now)
    {
        if (!settings.Includes(booking.EventType))
        {
            return BookingDecision.Skip(BookingReasons.EventTypeFiltered);
        }
        if (booking.StartUtc is not { } start || start <= now)
        {
            return BookingDecision.Skip(BookingReasons.AppointmentInPast);
        }
        if (found.Linked is { } linked)
        {
            return new BookingDecision(booking.Kind == BookingEventKind.Rescheduled ? BookingAction.Move : BookingAction.Update, linked);
        }
        if (found.Matched is { } matched)
        {
            switch (settings.DuplicateHandling)
            {
                case DuplicateHandling.UpdateExisting:
                    return new BookingDecision(BookingAction.Update, matched);
                case DuplicateHandling.SkipDuplicates:
                    return BookingDecision.Skip(BookingReasons.DuplicateSkipped);
            }
        }
        if (!settings.AutoCreate)
        {
            return BookingDecision.Skip(BookingReasons.AutoCreateOff);
        }
        return booking.Phone.Finding switch
        {
            PhoneFinding.None => BookingDecision.Fail(BookingReasons.NoPhone),
            PhoneFinding.Invalid => BookingDecision.Fail(BookingReasons.InvalidPhone),
            _ => new BookingDecision(BookingAction.Create),
        };
    }
}
