namespace VioConcierge.Bench.Contacts;

/// <summary>Everything a contacts run found: latency rows, other figures, query plan summaries and problems.</summary>
public sealed class ContactsReport
{
    public List<LatencyRow> Rows { get; } = [];

    public List<BenchFigure> Figures { get; } = [];

    public List<string> Plans { get; } = [];

    public List<string> Problems { get; } = [];

    public ProbeOutcome Add(ProbeOutcome outcome)
    {
        Rows.AddRange(outcome.Rows);
        Problems.AddRange(outcome.Problems);
        return outcome;
    }

    /// <summary>0 when every target passed and nothing went wrong ("not available yet" is not a failure).</summary>
    public int ExitCode => Problems.Count == 0 && !Rows.Any(row => row.Failed) ? 0 : 1;

    public void Write(TextWriter output)
    {
        LatencyTable.Write(output, Rows);
        output.WriteLine();
        ResultTable.Write(output, Figures);
        if (Plans.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Query plans (EXPLAIN ANALYZE, BUFFERS, as the demo tenant):");
            foreach (var plan in Plans)
            {
                output.WriteLine($"  {plan}");
            }
        }
        ResultTable.WriteProblems(output, Problems);
    }
}
