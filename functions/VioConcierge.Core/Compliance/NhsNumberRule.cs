using System.Text.RegularExpressions;

namespace VioConcierge.Core.Compliance;

/// <summary>NHS numbers: 10 digits (3 3 4 or unspaced) whose last digit is the modulus-11 check of the first nine.</summary>
internal static partial class NhsNumberRule
{
    public static bool Found(string text) =>
        Candidate().Matches(text).Any(match => HasValidCheckDigit(match.Value.Replace(" ", "", StringComparison.Ordinal)));

    /// <summary>Weights 10..2 on the first nine digits; 11 - (sum mod 11) is the check digit, 11 means 0, 10 is invalid.</summary>
    public static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }
        var check = 11 - (sum % 11);
        return check switch
        {
            11 => digits[9] == '0',
            10 => false,
            _ => digits[9] - '0' == check,
        };
    }

    [GeneratedRegex(@"(?<![0-9])(?<!\+[0-9]{1,3}[ -]?)[0-9]{3}( ?)[0-9]{3}\1[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
