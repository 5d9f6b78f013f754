using System.Text.RegularExpressions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Integrations;

/// <summary>
/// The number calls come from. UK numbers may be written any way <see cref="UkPhoneNumber"/> accepts; anything else
/// must already be strict E.164 (<c>+</c>, a country code not starting with 0, 8 to 15 digits in all).
/// </summary>
public static partial class CallerIdNumber
{
    /// <summary>The number in E.164, or null when it is not a phone number.</summary>
    public static string? Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        if (UkPhoneNumber.TryParse(text, out var uk))
        {
            return uk.E164;
        }
        return E164().IsMatch(text) ? text : null;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
