using System.Text.RegularExpressions;

namespace VioConcierge.Core.Business;

/// <summary>
/// A UK postcode in its standard written form: upper case, one space before the inward code (<c>SW1A 1AA</c>,
/// <c>M1 1AE</c>, <c>GIR 0AA</c>). Accepts any case and spacing; refuses what Royal Mail's format rules never issue
/// (outward codes A9, A99, A9A, AA9, AA99, AA9A with the letters each position allows; inward codes 9AA without
/// C, I, K, M, O or V). It checks the shape, not that the postcode is in use.
/// </summary>
public sealed partial record UkPostcode
{
    private UkPostcode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out UkPostcode postcode)
    {
        postcode = null!;
        var compact = input is null ? "" : new string(input.Where(character => character != ' ').ToArray()).ToUpperInvariant();
        if (compact.Length is < 5 or > 7 || !Shape().IsMatch(compact))
        {
            return false;
        }
        postcode = new UkPostcode($"{compact[..^3]} {compact[^3..]}");
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(
        "^(GIR0AA|([A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
