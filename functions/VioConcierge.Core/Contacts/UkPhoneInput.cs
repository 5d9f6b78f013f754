using System.Text;

namespace VioConcierge.Core.Contacts;

/// <summary>Reads the digits out of a phone number as people write it and strips the +44 / 0044 / 0 prefixes.</summary>
internal static class UkPhoneInput
{
    public const int MaxLength = 40;

    /// <summary>
    /// The NSN written in <paramref name="input"/>: digits with spaces, hyphens, dots and balanced, unnested
    /// parentheses between them, and either a trunk 0 or a +44 / 0044 / 44 prefix optionally followed by "(0)".
    /// Null for letters, other symbols, other country codes or no prefix at all.
    /// </summary>
    public static string? NationalSignificantNumber(string? input)
    {
        var trimmed = input?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            return null;
        }
        var hasPlus = trimmed[0] == '+';
        var digits = ReadDigits(hasPlus ? trimmed[1..] : trimmed);
        if (digits is null || (hasPlus && !digits.StartsWith("44", StringComparison.Ordinal)))
        {
            return null;
        }
        if (StripCountryCode(digits) is { } afterCountryCode)
        {
            digits = "0" + (afterCountryCode.StartsWith('0') ? afterCountryCode[1..] : afterCountryCode);
        }
        return digits.Length > 1 && digits[0] == '0' && digits[1] != '0' ? digits[1..] : null;
    }

    /// <summary>The digits of <paramref name="input"/> with a leading 0044 or 44 and then one trunk 0 removed.</summary>
    public static string SearchDigits(string? input)
    {
        var digits = new string((input ?? "").Where(char.IsAsciiDigit).ToArray());
        var afterCountryCode = StripCountryCode(digits) ?? digits;
        return afterCountryCode.StartsWith('0') ? afterCountryCode[1..] : afterCountryCode;
    }

    private static string? StripCountryCode(string digits) =>
        digits.StartsWith("0044", StringComparison.Ordinal) ? digits[4..]
        : digits.StartsWith("44", StringComparison.Ordinal) ? digits[2..]
        : null;

    private static string? ReadDigits(string text)
    {
        var digits = new StringBuilder(text.Length);
        var open = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '0' and <= '9':
                    digits.Append(c);
                    break;
                case '(' when !open:
                    open = true;
                    break;
                case ')' when open:
                    open = false;
                    break;
                case ' ' or '\u00A0' or '\t' or '-' or '\u2010' or '\u2011' or '\u2013' or '.':
                    break;
                default:
                    return null;
            }
        }
        return open ? null : digits.ToString();
    }
}
