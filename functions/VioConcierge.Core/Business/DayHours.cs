namespace VioConcierge.Core.Business;

/// <summary>
/// One day of the operating schedule: open and close as <c>HH:mm</c> (local time in the business's zone), close after
/// open on the same day; a closed day may keep its hours (for when it opens again) or have none.
/// </summary>
public sealed record DayHours(string? Open, string? Close, bool Closed)
{
    public static DayHours Hours(string open, string close) => new(open, close, false);
}
