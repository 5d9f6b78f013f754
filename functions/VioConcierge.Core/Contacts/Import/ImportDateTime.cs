using System.Globalization;
using System.Text.RegularExpressions;

namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// Reads appointment dates and times as spreadsheets write them: ISO dates (2026-12-01) or UK day-first dates
/// (1/12/2026, 01/12/2026), 24-hour (10:30, 14:05:00) or 12-hour (2:30 pm) times, or both in one cell
/// (2026-12-01T10:30, 2026-12-01 10:30, 01/12/2026 10:30). The result is the ISO-8601 local time the contact
/// validator reads in the contact's time zone; an ISO value with an offset is kept as written.
/// </summary>
public static partial class ImportDateTime
{
    public const string DateError = "Appointment date must be a date such as 2026-12-01 or 01/12/2026 (day first).";
    public const string TimeError = "Appointment time must be a time such as 10:30, 14:45 or 2:30 pm.";
    public const string CombinedError = "Appointment must be a date and time such as 2026-12-01 10:30 or 01/12/2026 10:30 (day first).";

    private static readonly string[] DateFormats = ["yyyy-M-d", "d/M/yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "H:mm:ss", "h:mm tt", "h:mmtt", "h:mm:ss tt", "h tt", "htt"];

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim().ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string Local(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>One cell holding both the date and the time.</summary>
    public static bool TryParseCombined(string text, out string appointment)
    {
        appointment = "";
        text = text.Trim();
        if (WithOffset().IsMatch(text))
        {
            var valid = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            appointment = valid ? text : "";
            return valid;
        }
        var split = text.IndexOfAny(['T', ' ']);
        if (split <= 0 || !TryParseDate(text[..split], out var date) || !TryParseTime(text[(split + 1)..], out var time))
        {
            return false;
        }
        appointment = Local(date, time);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();
}
