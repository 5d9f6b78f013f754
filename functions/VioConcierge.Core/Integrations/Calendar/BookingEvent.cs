namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// One calendar webhook, read (<see cref="CalcomBookingParser"/>, <see cref="CalendlyBookingParser"/>) into what this
/// product uses. <see cref="ExternalId"/>: Cal.com booking <c>uid</c> / Calendly invitee <c>uri</c>.
/// <see cref="PreviousExternalId"/>: the booking this one replaces (Cal.com <c>rescheduleUid</c>, Calendly
/// <c>old_invitee</c>). On a Calendly cancellation that is half of a reschedule, <see cref="Rescheduled"/> is set and
/// <see cref="NewExternalId"/> names the invitee that replaces it. <see cref="TimeZone"/> is a valid IANA id (the
/// attendee's, else the organizer's; null = the tenant's). Ping and ignored events carry only the trigger.
/// </summary>
public sealed record BookingEvent
{
    public required CalendarProvider Provider { get; init; }

    public required BookingEventKind Kind { get; init; }

    /// <summary>The provider's trigger as sent (<c>BOOKING_CREATED</c>, <c>invitee.canceled</c>, ...).</summary>
    public required string Trigger { get; init; }

    public BookingReceipt? Receipt { get; init; }

    public string? ExternalId { get; init; }

    public string? PreviousExternalId { get; init; }

    public bool Rescheduled { get; init; }

    public string? NewExternalId { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public BookingPhone Phone { get; init; } = BookingPhone.None;

    public DateTimeOffset? StartUtc { get; init; }

    public DateTimeOffset? EndUtc { get; init; }

    public string? TimeZone { get; init; }

    public int? DurationMinutes { get; init; }

    public string? AppointmentType { get; init; }

    public string? Notes { get; init; }

    /// <summary>Cal.com event type id as decimal text; Calendly event type URI.</summary>
    public string? EventType { get; init; }

    public string? OrganizerEmail { get; init; }

    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Every booking identity this event names, the one it is about first.</summary>
    public IReadOnlyList<string> ExternalIds =>
        new[] { ExternalId, PreviousExternalId, NewExternalId }.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
}
