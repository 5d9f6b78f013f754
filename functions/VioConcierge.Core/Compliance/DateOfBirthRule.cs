using System.Text.RegularExpressions;

namespace VioConcierge.Core.Compliance;

/// <summary>
/// Dates of birth, without flagging the appointment dates reminders are full of. A real calendar date (numeric
/// d/m/y or m/d/y with /, . or -, ISO y-m-d, or "12 March 1985" / "March 12, 1985") is flagged when either
/// <list type="bullet">
/// <item>it directly follows a cue: DOB, D.O.B., date of birth, birth date, birthday or born (then ":", "-",
/// "is", "on", "the" may come between), whatever the year, including two-digit years; or</item>
/// <item>it has a four-digit year from 1900 to 1999: no appointment is booked in the last century, so such a full
/// date in a contact's text is almost always a birth date.</item>
/// </list>
/// A year alone ("born in 1985") is not flagged, nor are dates from 2000 on without a cue.
/// </summary>
internal static partial class DateOfBirthRule
{
    private const int LookBehind = 40;

    public static bool Found(string text) =>
        AnyDate().Matches(text).Any(match => IsRealDate(match, out var year)
            && ((year is >= 1900 and <= 1999 && match.Groups["year"].Length == 4) || FollowsCue(text, match.Index)));

    private static bool FollowsCue(string text, int index)
    {
        var start = Math.Max(0, index - LookBehind);
        return Cue().IsMatch(text[start..index]);
    }

    private static bool IsRealDate(Match match, out int year)
    {
        year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var calendarYear = match.Groups["year"].Length == 2 ? 2000 : year;
        var first = Number(match, "first");
        var second = Number(match, "second");
        if (match.Groups["month"].Success)
        {
            return IsDay(calendarYear, MonthNumber(match.Groups["month"].Value), first);
        }
        if (match.Groups["iso"].Success)
        {
            return IsDay(calendarYear, first, second);
        }
        return IsDay(calendarYear, second, first) || IsDay(calendarYear, first, second);
    }

    private static bool IsDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static int MonthNumber(string name) =>
        Array.FindIndex(MonthPrefixes, prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string Month =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    [GeneratedRegex(
        @"(?<![0-9])(?<![0-9][/.-])(?:" +
        @"(?<first>[0-9]{1,2})(?<sep>[/.-])(?<second>[0-9]{1,2})\k<sep>(?<year>[0-9]{4}|[0-9]{2})" +
        @"|(?<iso>(?<year>[0-9]{4})-(?<first>[0-9]{1,2})-(?<second>[0-9]{1,2}))" +
        @"|(?<first>[0-9]{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + Month + @")\.?,?\s+(?<year>[0-9]{4})" +
        @"|(?<month>" + Month + @")\.?\s+(?<first>[0-9]{1,2})" + Ordinal + @",?\s+(?<year>[0-9]{4})" +
        @")(?![0-9])(?![/.-][0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(
        @"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth|\bbirth\s?date|\bbirthday|\bborn)[\s:=,\-–]*(?:(?:is|was|on|the)\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
