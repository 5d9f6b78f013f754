using System.Globalization;

namespace VioConcierge.Bench;

/// <summary>How figures are written: invariant culture, fixed decimals.</summary>
public static class BenchFormat
{
    public static string Rate(int items, TimeSpan elapsed) =>
        (items / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    public static string Ms(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
