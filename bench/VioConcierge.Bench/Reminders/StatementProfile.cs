using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Every SQL statement the app sends while a scenario runs, from Npgsql's own tracing (its <c>Npgsql</c> activity
/// source; an activity per command, from sending it to reading its last row, lock waits included; COMMIT is not
/// a command and is not counted): how many per work item, and which took the most time in total. The bench's own
/// statements start with <see cref="Marker"/> and are left out.
/// </summary>
public sealed partial class StatementProfile : IDisposable
{
    public const string Marker = "/* bench */ ";

    private readonly ConcurrentDictionary<string, StatementCost> _costs = new();
    private readonly ActivityListener _listener;

    public StatementProfile()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Statements per <paramref name="unit"/>, then the <paramref name="top"/> statements by total time (per unit, mean ms, share).</summary>
    public IReadOnlyList<BenchFigure> Figures(string scenario, int items, string unit, int top)
    {
        var costs = _costs.ToArray();
        var count = costs.Sum(cost => cost.Value.Count);
        var total = Math.Max(1e-9, costs.Sum(cost => cost.Value.Milliseconds));
        var figures = new List<BenchFigure> { new(scenario, $"SQL statements per {unit} (COMMIT not counted)", Per(count, items)) };
        figures.AddRange(costs.OrderByDescending(cost => cost.Value.Milliseconds).Take(top).Select(cost => new BenchFigure(scenario,
            $"SQL: {cost.Key}",
            $"{Per(cost.Value.Count, items)}/{unit}, {(cost.Value.Milliseconds / cost.Value.Count).ToString("0.00", CultureInfo.InvariantCulture)} ms, "
            + $"{(100 * cost.Value.Milliseconds / total).ToString("0", CultureInfo.InvariantCulture)}% of SQL time")));
        return figures;
    }

    public void Dispose() => _listener.Dispose();

    private static string Per(long count, int items) => (count / (double)Math.Max(1, items)).ToString("0.0", CultureInfo.InvariantCulture);

    private void Record(Activity activity)
    {
        var sql = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
        if (sql.StartsWith(Marker, StringComparison.Ordinal))
        {
            return;
        }
        var key = Spaces().Replace(sql, " ").Trim();
        key = key.Length > 56 ? key[..56] : key;
        var milliseconds = activity.Duration.TotalMilliseconds;
        _costs.AddOrUpdate(key, new StatementCost(1, milliseconds), (_, cost) => new StatementCost(cost.Count + 1, cost.Milliseconds + milliseconds));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed record StatementCost(long Count, double Milliseconds);
}
