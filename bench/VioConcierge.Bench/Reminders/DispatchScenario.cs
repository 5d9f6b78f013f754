using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Bench.Hosting;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Dispatch throughput: the <c>count</c> earliest pending timers (of every tenant) are made due now and the relay is
/// woken (<see cref="PostgresWorkQueue.Notify"/>, as an enqueue commit wakes it, so the drain does not wait for the
/// 2 s relay timer); the relay sends them to <c>Work:CallQueue</c> (a tenant's timers together, up to
/// <c>Work:BatchSize</c> a message) and the queue function runs each timer (the reminder goes to <c>calling</c>, a
/// call session is created and a <c>calls.place</c> item enqueued, whose commit wakes the relay again) and each call
/// placement (gates, limiter, session recorded, no-op dial, placement result). A work item is either kind: one due
/// timer makes two. Items per second counts both kinds, from the timers falling due to the last item's completion.
/// </summary>
public static class DispatchScenario
{
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(5);

    public static async Task<(ScenarioResult Result, double ItemsPerSecond)> RunAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        var (database, time, voice, timers) = TimerRun.Start(services);
        using var traffic = new QueueTraffic(services);
        var started = time.GetUtcNow();
        var moved = await DueTimers.MoveAsync(database, count, started, TimeSpan.Zero, ct);

        var problems = new List<string>();
        var sampler = new ActivitySampler(database.DataSource);
        var profile = new StatementProfile();
        var clock = Stopwatch.StartNew();
        services.GetRequiredService<PostgresWorkQueue>().Notify();
        var drained = await WorkBacklog.WaitDrainedAsync(database, time, () => voice.Count >= moved, clock, MaxDrain, ct);
        if (!drained)
        {
            problems.Add($"dispatch: not drained after {MaxDrain.TotalMinutes:0} min ({BenchFormat.Count(voice.Count)} of "
                + $"{BenchFormat.Count(moved)} dialled); rates are over what completed");
        }
        await traffic.SettledAsync(TimeSpan.FromSeconds(5), ct);
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
            new("dispatch", $"drain, {RemindersBenchServices.Engine} (s)", BenchFormat.Seconds(elapsed)),
            new("dispatch", "messages sent / queue function runs", $"{BenchFormat.Count(traffic.Sent)} / {BenchFormat.Count(traffic.Runs)}"),
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
