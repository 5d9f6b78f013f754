namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>What reading a calendar webhook body gave: the event, or why the body is not one (no personal data in it).</summary>
public sealed record BookingParse(BookingEvent? Event, string? Problem)
{
    public bool IsValid => Event is not null;

    public static BookingParse Ok(BookingEvent booking) => new(booking, null);

    public static BookingParse Malformed(string problem) => new(null, problem);
}
