using PhoneNumbers;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// Which numbers of the UK numbering plan a reminder service may dial. Whether a number is allocated, and to what
/// use, is libphonenumber's data (updated with the package, from Ofcom's allocations); this class only adds the
/// service's own rules on top: the kinds it dials, the local numbers it refuses, and Ofcom's drama ranges.
/// </summary>
internal static class UkNumberingPlan
{
    private const string NonGeographicLeadingDigit = "3";

    /// <summary>
    /// Ofcom's ranges reserved for drama (07700 900xxx, 01632 960xxx), which the library treats as unallocated:
    /// samples and tests use them, and they have always been accepted. Ofcom's other drama ranges (020 7946 0xxx,
    /// 0161 496 0xxx, ...) sit inside allocated ranges and need no entry.
    /// </summary>
    private static readonly (string NsnPrefix, UkNumberKind Kind)[] DramaRanges =
        [("7700900", UkNumberKind.Mobile), ("1632960", UkNumberKind.Geographic)];

    /// <summary>
    /// The kind of a +44 number, or null when it is not one the service dials: mobiles (Isle of Man, Jersey and
    /// Guernsey included), landlines whose local number starts with 2-9, and 03 non-geographic numbers. Personal
    /// numbers (070), pagers (076), freephone, premium rate, shared cost, VoIP (056), 055 corporate numbers and
    /// anything the library finds unallocated or of the wrong length are refused.
    /// </summary>
    public static UkNumberKind? Classify(PhoneNumber number)
    {
        var util = PhoneNumberUtil.GetInstance();
        var nsn = util.GetNationalSignificantNumber(number);
        return util.GetNumberType(number) switch
        {
            PhoneNumberType.MOBILE => UkNumberKind.Mobile,
            PhoneNumberType.FIXED_LINE when LocalNumberStartsWell(util, number, nsn) => UkNumberKind.Geographic,
            PhoneNumberType.UAN when nsn.StartsWith(NonGeographicLeadingDigit, StringComparison.Ordinal)
                => UkNumberKind.NonGeographic,
            PhoneNumberType.UNKNOWN => DramaKind(nsn),
            _ => null,
        };
    }

    /// <summary>UK local numbers never start with 0 or 1, whatever the length of the area code.</summary>
    private static bool LocalNumberStartsWell(PhoneNumberUtil util, PhoneNumber number, string nsn) =>
        util.GetLengthOfGeographicalAreaCode(number) is var areaCode && areaCode < nsn.Length && nsn[areaCode] >= '2';

    private static UkNumberKind? DramaKind(string nsn)
    {
        foreach (var (prefix, kind) in DramaRanges)
        {
            if (nsn.Length == 10 && nsn.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }
        return null;
    }
}
