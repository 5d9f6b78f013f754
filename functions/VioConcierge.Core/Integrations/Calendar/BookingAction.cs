namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// What applying a booking does to the contacts: <see cref="Link"/> only records another booking identity for a
/// contact (the cancelled half of a Calendly reschedule); <see cref="Ignore"/> is for pings and unknown triggers.
/// </summary>
public enum BookingAction
{
    Create,
    Update,
    Move,
    Cancel,
    Link,
    Skip,
    Fail,
    Ignore,
}
