using System.Text.RegularExpressions;

namespace VioConcierge.Core.Compliance;

/// <summary>UK National Insurance numbers in HMRC's format (e.g. <c>AB 12 34 56 C</c>).</summary>
internal static partial class NationalInsuranceNumberRule
{
    private static readonly string[] InvalidPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

    public static bool Found(string text) =>
        Candidate().Matches(text).Any(match => !InvalidPrefixes.Contains(match.Groups["prefix"].Value.ToUpperInvariant()));

    /// <summary>First letter not D, F, I, Q, U, V; second also not O; six digits in optional pairs; suffix A-D.</summary>
    [GeneratedRegex(
        @"\b(?<prefix>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
