using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench;

/// <summary>
/// After a drain: SQL must show every item done after exactly one attempt (attempts count the runs started), and the
/// handler must have run every id exactly once.
/// </summary>
public static class ThroughputCheck
{
    public static async Task<ScenarioResult> RunAsync(Database database, NoopBenchHandler handler, int expected, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var states = (await uow.QueryAsync<(string Status, long Items, int MaxAttempts)>(
            "SELECT status, count(*), max(attempts) FROM work_items GROUP BY status ORDER BY status", null, ct)).ToArray();
        var ids = (await uow.QueryAsync<Guid>("SELECT id FROM work_items", null, ct)).ToHashSet();

        var problems = new List<string>();
        var done = states.Where(state => state.Status == "done").Sum(state => state.Items);
        if (done != expected || states.Any(state => state.Status != "done"))
        {
            problems.Add("throughput: items not done: " + string.Join(", ", states.Select(state => $"{state.Status}={state.Items}")));
        }
        var retried = await uow.QuerySingleAsync<long>("SELECT count(*) FROM work_items WHERE attempts <> 1", null, ct);
        if (retried > 0)
        {
            problems.Add($"throughput: {retried} items were not run exactly once (attempts <> 1)");
        }
        var runTwice = handler.Runs.Where(run => run.Value > 1).Select(run => run.Key).ToArray();
        if (runTwice.Length > 0)
        {
            problems.Add($"throughput: {runTwice.Length} ids ran more than once, e.g. {string.Join(", ", runTwice.Take(5))}");
        }
        var neverRun = ids.Count(id => !handler.Runs.ContainsKey(id));
        var unknown = handler.Runs.Keys.Count(id => !ids.Contains(id));
        if (neverRun > 0 || unknown > 0)
        {
            problems.Add($"throughput: {neverRun} ids never reached the handler; {unknown} handler ids are not in the table");
        }
        var figures = new BenchFigure[]
        {
            new("throughput", "items done (SQL) / handler invocations", $"{BenchFormat.Count(done)} / {BenchFormat.Count(handler.Invocations)}"),
            new("throughput", "ids run more than once", BenchFormat.Count(runTwice.Length)),
        };
        return new ScenarioResult(figures, problems);
    }
}
