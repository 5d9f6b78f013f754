namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>A booking's start and end read as UTC; a problem when either is required and missing, unreadable or out of order.</summary>
internal sealed record BookingTimes(DateTimeOffset? Start, DateTimeOffset? End, string? Problem)
{
    public double? Minutes => Start is { } start && End is { } end ? (end - start).TotalMinutes : null;

    public static BookingTimes Read(string? startText, string? endText, bool required)
    {
        var hasStart = ProviderTime.TryParseUtc(startText, out var start);
        var hasEnd = ProviderTime.TryParseUtc(endText, out var end);
        if (!hasStart || !hasEnd)
        {
            return required
                ? new BookingTimes(null, null, "start and end times are missing or not ISO-8601 UTC")
                : new BookingTimes(hasStart ? start : null, hasEnd ? end : null, null);
        }
        return end <= start ? new BookingTimes(null, null, "the end time is not after the start time") : new BookingTimes(start, end, null);
    }
}
