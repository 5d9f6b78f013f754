using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Call outcomes: <c>--outcomes</c> of the calls the dispatch left live end unanswered at once, recorded as a Retell
/// webhook's work item records them (<see cref="CallOutcomeService.OutcomeAsync"/>: the session ends and a
/// <c>reminders.call-outcome</c> item commits with it), 16 at a time. The relay sends the items to the call queue;
/// each, within the app instance's budget (<c>ReminderCalls:OrchestratedPerMinute</c>, <c>--outcome-orchestrations</c>),
/// starts its call's orchestration and raises the outcome on it, which reads the reminder, decides and carries the
/// decision out; past the budget the item applies it itself. Measured: outcome recorded to its reminder decided (seen out of <c>calling</c>, polled every 50 ms) and
/// outcomes decided a second; checked: every reminder decided once (one <c>outcome_no_answer</c> line).
/// </summary>
public static class OutcomesScenario
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    public static async Task<ScenarioResult> RunAsync(IServiceProvider services, DurableTaskClient durable, int count, int? perMinute, CancellationToken ct)
    {
        var database = services.GetRequiredService<Database>();
        var outcomes = services.GetRequiredService<CallOutcomeService>();
        var calls = await LiveCallsAsync(database, count, ct);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var clock = Stopwatch.StartNew();
        var recordedAt = new ConcurrentDictionary<Guid, TimeSpan>();
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (call, token) =>
        {
            recordedAt[call.ReminderId] = clock.Elapsed;
            await outcomes.OutcomeAsync(call.TenantId, call.SessionId, CallOutcome.NoAnswer, token);
        });
        var recorded = clock.Elapsed;
        var decidedAt = await WaitDecidedAsync(database, calls.Select(call => call.ReminderId).ToArray(), clock, ct);

        var problems = new List<string>();
        if (decidedAt.Count < calls.Count)
        {
            problems.Add($"outcomes: {decidedAt.Count} of {calls.Count} reminders decided after {MaxWait.TotalMinutes:0} min");
        }
        var twice = await DecidedMoreThanOnceAsync(database, calls.Select(call => call.ReminderId).ToArray(), ct);
        if (twice > 0)
        {
            problems.Add($"outcomes: {twice} reminders decided more than once");
        }
        var figures = new List<BenchFigure>
        {
            new("outcomes", "ReminderCalls:OrchestratedPerMinute", perMinute is { } budget ? budget.ToString(System.Globalization.CultureInfo.InvariantCulture) : "app default (60)"),
            new("outcomes", "outcomes recorded / reminders decided", $"{BenchFormat.Count(calls.Count)} / {BenchFormat.Count(decidedAt.Count)}"),
            new("outcomes", "recording them, 16 at a time (s)", BenchFormat.Seconds(recorded)),
        };
        if (decidedAt.Count > 0)
        {
            var lags = new Percentiles(decidedAt.Select(decided => (decided.Value - recordedAt[decided.Key]).TotalMilliseconds));
            var last = decidedAt.Values.Max();
            figures.Add(new("outcomes", "reminders decided/s (first recorded to last decided)", BenchFormat.Rate(decidedAt.Count, last)));
            figures.Add(new("outcomes", "recorded -> reminder decided p50 / p95 / p99 / max (ms)",
                $"{BenchFormat.Ms(lags.At(50))} / {BenchFormat.Ms(lags.At(95))} / {BenchFormat.Ms(lags.At(99))} / {BenchFormat.Ms(lags.Max)}"));
        }
        var instances = await TimerOrchestrations.CountAsync(durable, since, ct, prefix: "reminder-call:");
        figures.Add(new("outcomes", "outcomes decided in call orchestrations, by status (the rest applied by their item)", instances.Count == 0 ? "none" : string.Join(", ", instances.Select(i => $"{i.Key} {i.Value}"))));
        figures.Add(new("outcomes", "reminders decided more than once", twice.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ScenarioResult(figures, problems);
    }

    /// <summary>Live reminder calls left by the dispatch (the no-op port never ends one): tenant, session and reminder.</summary>
    private static async Task<IReadOnlyList<(Guid TenantId, Guid SessionId, Guid ReminderId)>> LiveCallsAsync(Database database, int count, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return (await uow.QueryAsync<(Guid, Guid, Guid)>("""
            SELECT s.tenant_id, s.id, s.reminder_id FROM call_sessions s
            JOIN reminders r ON r.tenant_id = s.tenant_id AND r.id = s.reminder_id
            WHERE s.outcome IS NULL AND r.status = 'calling' AND r.call_attempt = s.attempt
            ORDER BY s.created_at LIMIT @count
            """, new { count }, ct)).ToList();
    }

    /// <summary>When each reminder was first seen out of <c>calling</c> (stopwatch time), polling every 50 ms.</summary>
    private static async Task<Dictionary<Guid, TimeSpan>> WaitDecidedAsync(Database database, Guid[] reminders, Stopwatch clock, CancellationToken ct)
    {
        var decided = new Dictionary<Guid, TimeSpan>();
        while (decided.Count < reminders.Length && clock.Elapsed < MaxWait)
        {
            await using (var uow = await database.BeginPlatformAsync(ct))
            {
                var seen = clock.Elapsed;
                foreach (var id in await uow.QueryAsync<Guid>("SELECT id FROM reminders WHERE id = ANY(@reminders) AND status <> 'calling'", new { reminders }, ct))
                {
                    decided.TryAdd(id, seen);
                }
            }
            await Task.Delay(50, ct);
        }
        return decided;
    }

    private static async Task<long> DecidedMoreThanOnceAsync(Database database, Guid[] reminders, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<long>("""
            SELECT count(*) FROM (SELECT reminder_id FROM call_timeline WHERE reminder_id = ANY(@reminders) AND code = 'outcome_no_answer'
                                  GROUP BY reminder_id HAVING count(*) > 1) twice
            """, new { reminders }, ct);
    }
}
