namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// The contacts a booking may concern: <see cref="Linked"/> carries one of the event's booking identities (its own,
/// the one it replaces, or the one replacing it); <see cref="Matched"/> is a live contact with the booking's phone
/// or email (only consulted when none is linked).
/// </summary>
public sealed record BookingMatches(Guid? Linked, Guid? Matched)
{
    public static readonly BookingMatches None = new(null, null);
}
