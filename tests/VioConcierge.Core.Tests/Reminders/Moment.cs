using System.Globalization;

namespace VioConcierge.Core.Tests.Reminders;

/// <summary>Fixed instants and dates for the reminder tables, written as ISO-8601 text.</summary>
internal static class Moment
{
    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static DateTimeOffset? OrNull(string? text) => text is null ? null : At(text);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
