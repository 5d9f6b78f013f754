namespace VioConcierge.Bench;

/// <summary>Writes the figures as a plain three-column table (Markdown-compatible).</summary>
public static class ResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<BenchFigure> figures)
    {
        string[] header = ["scenario", "measure", "value"];
        var widths = new[]
        {
            figures.Select(figure => figure.Scenario.Length).Append(header[0].Length).Max(),
            figures.Select(figure => figure.Measure.Length).Append(header[1].Length).Max(),
            figures.Select(figure => figure.Value.Length).Append(header[2].Length).Max(),
        };
        output.WriteLine(Row(widths, header));
        output.WriteLine(Row(widths, widths.Select(width => new string('-', width)).ToArray()));
        foreach (var figure in figures)
        {
            output.WriteLine(Row(widths, [figure.Scenario, figure.Measure, figure.Value]));
        }
    }

    /// <summary>Writes each problem as a <c>PROBLEM:</c> line; returns the exit code they make: 0 with none, 1 otherwise.</summary>
    public static int WriteProblems(TextWriter output, IReadOnlyCollection<string> problems)
    {
        foreach (var problem in problems)
        {
            output.WriteLine($"PROBLEM: {problem}");
        }
        return problems.Count == 0 ? 0 : 1;
    }

    private static string Row(int[] widths, string[] cells) =>
        $"| {cells[0].PadRight(widths[0])} | {cells[1].PadRight(widths[1])} | {cells[2].PadLeft(widths[2])} |";
}
