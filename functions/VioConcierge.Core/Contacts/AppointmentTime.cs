using System.Globalization;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// Reads an appointment time: ISO-8601 with an offset as given, or a local date-time in the contact's IANA zone
/// (a local time skipped by the clocks going forward is refused; one repeated when they go back takes the first).
/// </summary>
public static class AppointmentTime
{
    public static bool TryParse(string text, string timeZoneId, out DateTimeOffset instant, out string? error)
    {
        instant = default;
        error = null;
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var withOffset))
        {
            instant = withOffset.ToUniversalTime();
            return true;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local) || !text.Contains('T', StringComparison.Ordinal))
        {
            error = "Appointment time must be ISO-8601, e.g. 2026-12-01T10:30 or 2026-12-01T10:30:00+00:00.";
            return false;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            error = "That local time does not exist in the time zone (the clocks go forward then).";
            return false;
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        instant = new DateTimeOffset(local, offset).ToUniversalTime();
        return true;
    }

    internal static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.Ordinal);
        if (time < 0)
        {
            return false;
        }
        var tail = text[time..];
        return tail.EndsWith('Z') || tail.EndsWith('z') || tail.Contains('+', StringComparison.Ordinal) || tail.LastIndexOf('-') > 0;
    }
}
