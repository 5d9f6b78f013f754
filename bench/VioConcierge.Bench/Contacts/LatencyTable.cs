using System.Globalization;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Bench.Contacts;

/// <summary>Writes the latency rows as a Markdown-compatible table with the p95 target next to the figures.</summary>
public static class LatencyTable
{
    private static readonly string[] Header = ["scenario", "mode", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "target p95", "result"];

    public static void Write(TextWriter output, IReadOnlyList<LatencyRow> rows)
    {
        var cells = rows.Select(Cells).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(column => cells.Max(row => row[column].Length)).ToArray();
        output.WriteLine(Line(widths, cells[0]));
        output.WriteLine(Line(widths, widths.Select(width => new string('-', width)).ToArray()));
        foreach (var row in cells.Skip(1))
        {
            output.WriteLine(Line(widths, row));
        }
    }

    private static string[] Cells(LatencyRow row)
    {
        var s = row.Samples;
        return
        [
            row.Scenario,
            row.Mode,
            s is null ? "-" : BenchFormat.Count(s.Count),
            Ms(s?.At(50)),
            Ms(s?.At(95)),
            Ms(s?.At(99)),
            Ms(s?.Max),
            row.TargetMs is { } target ? "<= " + target.ToString("N0", CultureInfo.InvariantCulture) : "-",
            row.Result,
        ];
    }

    private static string Ms(double? value) => value is { } ms ? ms.ToString("N1", CultureInfo.InvariantCulture) : "-";

    /// <summary>Text columns (scenario, mode, result) left-aligned, figures right-aligned.</summary>
    private static string Line(int[] widths, string[] cells) =>
        "| " + string.Join(" | ", cells.Select((cell, i) => i is 0 or 1 or 8 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))) + " |";
}
