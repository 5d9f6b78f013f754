using System.Text.RegularExpressions;

namespace VioConcierge.Core.Compliance;

/// <summary>US Social Security numbers written AAA-GG-SSSS (or with spaces), outside the never-issued ranges.</summary>
internal static partial class UsSsnRule
{
    public static bool Found(string text) => Candidate().Matches(text).Any(IsIssuable);

    private static bool IsIssuable(Match match)
    {
        var area = match.Groups["area"].Value;
        return area != "000" && area != "666" && area[0] != '9'
            && match.Groups["group"].Value != "00"
            && match.Groups["serial"].Value != "0000";
    }

    [GeneratedRegex(
        @"(?<![0-9-])(?<area>[0-9]{3})(?<sep>[- ])(?<group>[0-9]{2})\k<sep>(?<serial>[0-9]{4})(?![0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
