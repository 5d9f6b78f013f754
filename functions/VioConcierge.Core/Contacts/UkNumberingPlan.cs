using System.Collections.Frozen;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// The part of Ofcom's UK numbering plan a reminder service may dial, keyed by the national significant number
/// (NSN: the digits after +44 or the trunk 0), and the conventional digit grouping for each range.
/// </summary>
internal static class UkNumberingPlan
{
    /// <summary>The 40 four-digit area codes (without the 0) that still have some five-digit local numbers.</summary>
    private static readonly FrozenSet<string> NineDigitAreas = new[]
    {
        "1204", "1208", "1254", "1276", "1297", "1298", "1363", "1364", "1384", "1386", "1404", "1420", "1460",
        "1461", "1480", "1488", "1524", "1527", "1562", "1566", "1606", "1629", "1635", "1647", "1659", "1695",
        "1726", "1744", "1750", "1768", "1827", "1837", "1884", "1900", "1905", "1935", "1946", "1949", "1963",
        "1995",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The 12 five-digit area codes (without the 0), written 5+5 (and Brampton's 16977 also 5+4).</summary>
    private static readonly FrozenSet<string> FiveDigitAreas = new[]
    {
        "13873", "15242", "15394", "15395", "15396", "16973", "16974", "16977", "17683", "17684", "17687", "19467",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LondonAndOther02Areas = new[] { "20", "23", "24", "28", "29" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kind of number, or null when the NSN is not in a range this service accepts.</summary>
    public static UkNumberKind? Classify(string nsn)
    {
        if (!nsn.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (nsn.Length == 9)
        {
            return IsNineDigitGeographic(nsn) ? UkNumberKind.Geographic : null;
        }
        if (nsn.Length != 10)
        {
            return null;
        }
        return nsn[0] switch
        {
            '1' or '2' when LocalNumberStartsWell(nsn) && (nsn[0] == '1' || LondonAndOther02Areas.Contains(nsn[..2]))
                => UkNumberKind.Geographic,
            '3' when nsn[1] is '0' or '3' or '4' or '7' => UkNumberKind.NonGeographic,
            '7' when nsn[1] is not ('0' or '6') || nsn.StartsWith("7624", StringComparison.Ordinal)
                => UkNumberKind.Mobile,
            _ => null,
        };
    }

    /// <summary>Digit group lengths of the NSN: 2+4+4 (02x), 3+3+4 (011x, 01x1, 03), 4+6 (01xxx, 07), 5+5, 4+5, 5+4.</summary>
    public static int[] Groups(string nsn) => nsn switch
    {
        ['2', ..] => [2, 4, 4],
        ['3', ..] => [3, 3, 4],
        ['1', '1', ..] or ['1', _, '1', ..] => [3, 3, 4],
        { Length: 9 } when nsn.StartsWith("16977", StringComparison.Ordinal) => [5, 4],
        { Length: 9 } => [4, 5],
        ['1', ..] when FiveDigitAreas.Contains(nsn[..5]) => [5, 5],
        _ => [4, 6],
    };

    private static bool IsNineDigitGeographic(string nsn) =>
        (NineDigitAreas.Contains(nsn[..4]) && nsn[4] >= '2')
        || nsn.StartsWith("169772", StringComparison.Ordinal)
        || nsn.StartsWith("169773", StringComparison.Ordinal);

    /// <summary>UK local numbers never start with 0 or 1, whatever the length of the area code.</summary>
    private static bool LocalNumberStartsWell(string nsn) => nsn[Groups(nsn)[0]] >= '2';
}
