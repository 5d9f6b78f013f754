using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Dispatch throughput: the <c>count</c> earliest pending timers (of every tenant) are made due now; two background
/// dispatchers run each timer (the reminder goes to <c>calling</c>, a call session is created and a
/// <c>calls.place</c> item enqueued) and each call placement (gates, limiter, session recorded, no-op dial,
/// placement result). A work item is either kind: one due timer makes two. Items per second counts both kinds,
/// from starting the dispatchers to the last item's completion.
/// </summary>
public static class DispatchScenario
{
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(5);

    public static async Task<(ScenarioResult Result, double ItemsPerSecond)> RunAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        var (database, time, voice, timers) = TimerRun.Start(services);
        var started = time.GetUtcNow();
        var moved = await DueTimers.MoveAsync(database, count, started, TimeSpan.Zero, ct);

        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var sampler = new ActivitySampler(database.DataSource);
        var profile = new StatementProfile();
        bool drained;
        await using (await BenchDispatchers.StartAsync(services, ct))
        {
            drained = await WorkBacklog.WaitDrainedAsync(database, time, () => voice.Count >= moved, clock, MaxDrain, ct);
            if (!drained)
            {
                problems.Add($"dispatch: not drained after {MaxDrain.TotalMinutes:0} min ({BenchFormat.Count(voice.Count)} of "
                    + $"{BenchFormat.Count(moved)} dialled); rates are over what completed");
            }
        }
        var sessions = await sampler.StopAsync("dispatch", 6);
        var statements = profile.Figures("dispatch", timers.Count + voice.Count, "work item", 8);
        profile.Dispose();
        var timersDone = await PlanScenario.LastCompletedAsync(database, WorkKinds.Timer, ct) ?? time.GetUtcNow();
        var last = await PlanScenario.LastCompletedAsync(database, WorkKinds.PlaceCall, ct) ?? time.GetUtcNow();
        var elapsed = last - started;
        var check = await DispatchCheck.RunAsync(database, voice, moved, started, drained, ct);
        problems.AddRange(check.Problems);
        var done = timers.Count + voice.Count;
        var rate = done / elapsed.TotalSeconds;
        var figures = new List<BenchFigure>
        {
            new("dispatch", "timers made due now / calls dialled", $"{BenchFormat.Count(moved)} / {BenchFormat.Count(voice.Count)}"),
            new("dispatch", $"drain, {BenchDispatchers.Describe(services)} (s)", BenchFormat.Seconds(elapsed)),
            new("dispatch", "work items/s (timers + calls.place)", BenchFormat.Rate(done, elapsed)),
            new("dispatch", "calls dialled/s", BenchFormat.Rate(voice.Count, elapsed)),
            new("dispatch", "of which: timers (claimed first, due earlier): s, items/s",
                $"{BenchFormat.Seconds(timersDone - started)}, {BenchFormat.Rate(timers.Count, timersDone - started)}"),
            new("dispatch", "of which: calls.place after the last timer: s, items/s",
                $"{BenchFormat.Seconds(last - timersDone)}, {BenchFormat.Rate(voice.Count, last - timersDone)}"),
        };
        figures.AddRange(check.Figures);
        figures.AddRange(statements);
        figures.AddRange(sessions);
        return (new ScenarioResult(figures, problems), rate);
    }
}
