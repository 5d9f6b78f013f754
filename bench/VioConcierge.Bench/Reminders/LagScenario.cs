using System.Diagnostics;
using Microsoft.DurableTask.Client;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Lag under a steady load: the next <c>--per-minute</c> x <c>--minutes</c> pending timers (of every tenant, earliest
/// first) are spread evenly over the minutes (by default 1,000 due calls a minute, one every 60 ms), starting a few
/// seconds ahead; the app runs them as they fall due, on the real (shifted) clock. With <c>Work:StartAhead</c> (60 s by
/// default) the 2 s relay timer claims each timer up to that long before it is due and starts a Durable orchestration
/// that waits on a durable timer, then runs it in an activity; a timer already due when claimed (all of them with
/// <c>--start-ahead 0</c>) waits for the next relay (the relay timer, or a relay woken by work committed meanwhile,
/// such as a placement), then for the call queue's poll. For each timer: due time to its handler starting
/// (<see cref="TimerStarts"/>), and due time to the no-op port being asked to dial; and how many went each way
/// (<see cref="TimerOrchestrations"/>).
/// </summary>
public static class LagScenario
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(3);

    public static async Task<(ScenarioResult Result, double P99Ms)> RunAsync(
        IServiceProvider services, DurableTaskClient durable, RemindersBenchOptions options, CancellationToken ct)
    {
        var count = options.PerMinute * options.Minutes;
        var spacing = TimeSpan.FromMinutes(1) / options.PerMinute;
        var maxRun = TimeSpan.FromMinutes(options.Minutes + 1);
        var (database, time, voice, timers) = TimerRun.Start(services);
        var since = DateTimeOffset.UtcNow;
        var first = time.GetUtcNow() + Lead;
        var moved = await DueTimers.MoveAsync(database, count, first, spacing, ct);

        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        if (!await WorkBacklog.WaitDrainedAsync(database, time, () => timers.Count >= moved && voice.Count >= moved, clock, maxRun, ct))
        {
            problems.Add($"lag: {BenchFormat.Count(timers.Count)} of {BenchFormat.Count(moved)} timers started, "
                + $"{BenchFormat.Count(voice.Count)} dialled after {maxRun.TotalMinutes:0} min");
        }
        var twice = voice.Placements.Count(placement => placement.Value > 1);
        if (twice > 0)
        {
            problems.Add($"lag: {twice} call sessions dialled more than once");
        }
        var starts = timers.Starts.Values.Select(start => (start.Started - start.Due).TotalMilliseconds).ToArray();
        var dials = timers.Starts.Where(start => voice.DialledAt.ContainsKey(start.Key))
            .Select(start => (voice.DialledAt[start.Key] - start.Value.Due).TotalMilliseconds).ToArray();
        if (starts.Length == 0 || dials.Length == 0)
        {
            problems.Add("lag: no timer ran");
            return (new ScenarioResult([], problems), double.NaN);
        }
        var (toStart, toDial) = (new Percentiles(starts), new Percentiles(dials));
        var orchestrations = await TimerOrchestrations.CountAsync(durable, since, ct);
        var orchestrated = orchestrations.Values.Sum();
        BenchFigure[] figures =
        [
            new("lag", $"timers due over {options.Minutes} min ({options.PerMinute:N0}/min) / started / dialled",
                $"{BenchFormat.Count(moved)} / {BenchFormat.Count(starts.Length)} / {BenchFormat.Count(dials.Length)}"),
            new("lag", "Work:StartAhead", options.StartAheadSeconds is { } ahead ? $"{ahead} s (--start-ahead)" : "app default (60 s)"),
            new("lag", "Work:MaxWaitingOrchestrations", options.MaxWaitingOrchestrations is { } waiting ? $"{waiting} (--max-waiting)" : "app default (25)"),
            new("lag", "timers started as Durable orchestrations / relayed to the call queue when due", $"{BenchFormat.Count(orchestrated)} / {BenchFormat.Count(moved - orchestrated)}"),
            new("lag", "orchestrations by status", orchestrated == 0 ? "-" : string.Join(", ", orchestrations.Select(count => $"{count.Key} {BenchFormat.Count(count.Value)}"))),
            new("lag", "due -> timer handler start p50 (ms)", BenchFormat.Ms(toStart.At(50))),
            new("lag", "due -> timer handler start p95 (ms)", BenchFormat.Ms(toStart.At(95))),
            new("lag", "due -> timer handler start p99 (ms)", BenchFormat.Ms(toStart.At(99))),
            new("lag", "due -> timer handler start max (ms)", BenchFormat.Ms(toStart.Max)),
            new("lag", "due -> port asked to dial p50 (ms)", BenchFormat.Ms(toDial.At(50))),
            new("lag", "due -> port asked to dial p99 (ms)", BenchFormat.Ms(toDial.At(99))),
            new("lag", "due -> port asked to dial max (ms)", BenchFormat.Ms(toDial.Max)),
            new("lag", "call sessions dialled more than once", BenchFormat.Count(twice)),
            Late(timers.Starts.Values, first),
        ];
        return (new ScenarioResult(figures, problems), toStart.At(99));
    }

    /// <summary>How many timers started more than 1 s late, and when (seconds into the run) they were due: a burst or spread out.</summary>
    private static BenchFigure Late(IEnumerable<(DateTimeOffset Due, DateTimeOffset Started)> starts, DateTimeOffset first)
    {
        var late = starts.Where(start => start.Started - start.Due > TimeSpan.FromSeconds(1)).Select(start => (start.Due - first).TotalSeconds).Order().ToArray();
        return new BenchFigure("lag", "timers started > 1 s late: count, due from .. to (s into the run)", late.Length == 0
            ? "0"
            : $"{BenchFormat.Count(late.Length)}, {late[0]:0.0} .. {late[^1]:0.0}");
    }
}
