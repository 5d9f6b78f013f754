using System.Globalization;

namespace VioConcierge.Bench.Reminders;

/// <summary>Issue 4's targets on the 2-core machine, and the table that compares the run with them.</summary>
public static class RemindersTargets
{
    public const double MinItemsPerSecond = 1_000;
    public const double MaxP99LagMs = 1_000;

    /// <summary>Writes the targets table; returns true when every target was met.</summary>
    public static bool Write(TextWriter output, double itemsPerSecond, double p99LagMs)
    {
        (string Target, string Measured, string Required, bool Met)[] rows =
        [
            ("dispatch throughput (work items/s)", Format(itemsPerSecond, "N0"), $">= {MinItemsPerSecond:N0}", itemsPerSecond >= MinItemsPerSecond),
            ("lag due -> timer handler start, p99 (ms)", Format(p99LagMs, "0.00"), $"<= {MaxP99LagMs:N0}", p99LagMs <= MaxP99LagMs),
        ];
        output.WriteLine("| target | measured | required | result |");
        output.WriteLine("|---|--:|--:|---|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {row.Target} | {row.Measured} | {row.Required} | {(row.Met ? "PASS" : "FAIL")} |");
        }
        return rows.All(row => row.Met);
    }

    private static string Format(double value, string format) =>
        double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);
}
