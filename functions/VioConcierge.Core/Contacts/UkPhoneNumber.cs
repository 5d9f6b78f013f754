using System.Globalization;
using PhoneNumbers;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// A UK number a reminder call can be placed to, held as E.164 (<c>+447700900123</c>).
/// <para>
/// Parsing accepts the usual written forms (<c>07700 900123</c>, <c>+44 (0)7700-900123</c>, <c>0044 7700 900123</c>,
/// <c>447700900123</c>, <c>07700.900.123</c>, <c>020 7946 0958</c>): spaces, hyphens, dots and parentheses are
/// ignored, as is a trunk 0 after the country code. Letters, other symbols and other country codes are refused.
/// </para>
/// <para>
/// Whether the digits are an allocated number, of which kind, and how they are grouped for display comes from
/// libphonenumber (Ofcom's plan, updated with the package); <see cref="UkNumberingPlan"/> adds the service's rules:
/// <list type="bullet">
/// <item>Mobiles, Isle of Man, Jersey and Guernsey included. 070 personal numbers (a premium-rate redirection scam
/// vector) and 076 pagers (no voice) are refused.</item>
/// <item>Geographic (01, 02) landlines; a local number never starts with 0 or 1.</item>
/// <item>Non-geographic 03 (030, 033, 034, 037): charged like a landline and inside call bundles, and some
/// businesses and charities are only reachable on one.</item>
/// </list>
/// Refused: 08 (0800/0808 freephone are inbound lines, not a customer's phone; 084/087 are revenue-sharing),
/// 09 premium rate, 05 corporate and VoIP, 04 and 06 (unallocated), and anything of the wrong length.
/// </para>
/// </summary>
public sealed record UkPhoneNumber
{
    private const int CountryCallingCode = 44;

    private UkPhoneNumber(PhoneNumber number, UkNumberKind kind)
    {
        var util = PhoneNumberUtil.GetInstance();
        E164 = util.Format(number, PhoneNumberFormat.E164);
        National = util.Format(number, PhoneNumberFormat.NATIONAL);
        International = util.Format(number, PhoneNumberFormat.INTERNATIONAL);
        IsMobile = kind == UkNumberKind.Mobile;
    }

    /// <summary>The number in E.164, e.g. <c>+447700900123</c>: what is stored and dialled.</summary>
    public string E164 { get; }

    /// <summary>The number as dialled within the UK, e.g. <c>07700 900123</c>, <c>020 7946 0958</c>, <c>0161 496 0000</c>.</summary>
    public string National { get; }

    /// <summary>The number as written for callers abroad, e.g. <c>+44 7700 900123</c>.</summary>
    public string International { get; }

    public bool IsMobile { get; }

    public static bool TryParse(string? input, out UkPhoneNumber phone)
    {
        phone = null!;
        if (UkPhoneInput.NationalSignificantNumber(input) is not { } nsn || ForNsn(nsn) is not { } number
            || UkNumberingPlan.Classify(number) is not { } kind)
        {
            return false;
        }
        phone = new UkPhoneNumber(number, kind);
        return true;
    }

    /// <summary>
    /// The digits of a whole or partial number in any written form, reduced to the NSN so that it can be matched
    /// as a substring of stored E.164 numbers: <c>07700 900</c>, <c>+44 7700 900</c> and <c>447700900</c> all give
    /// <c>7700900</c>. A leading 0044 or 44, then one 0, are dropped; what remains is always a suffix of the typed
    /// digits, so a substring search never misses a number the typed digits occur in. Empty when fewer than two
    /// digits remain (too broad to search on).
    /// </summary>
    public static string DigitsForSearch(string? input)
    {
        var digits = UkPhoneInput.SearchDigits(input);
        return digits.Length < 2 ? "" : digits;
    }

    public override string ToString() => E164;

    /// <summary>The library's +44 number for an NSN (which never starts with 0); null when too long to hold.</summary>
    private static PhoneNumber? ForNsn(string nsn) =>
        ulong.TryParse(nsn, NumberStyles.None, CultureInfo.InvariantCulture, out var national)
            ? new PhoneNumber.Builder().SetCountryCode(CountryCallingCode).SetNationalNumber(national).Build()
            : null;
}
