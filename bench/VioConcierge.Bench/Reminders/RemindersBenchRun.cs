using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VioConcierge.Bench.Hosting;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// The reminders set: a fresh database and work queues, the function app started in process, <c>--contacts</c>
/// pending contacts in <c>--tenants</c> tenants seeded with SQL, then plan, lag under steady load, dispatch
/// throughput and call outcomes, the figures and the targets table. The app is stopped, the queues deleted and the database dropped
/// whatever happens; a run that fails or is cancelled still prints what it measured before.
/// </summary>
public static class RemindersBenchRun
{
    public static async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken ct)
    {
        var (contacts, options) = (arguments.Contacts.Contacts, arguments.Reminders);
        var lagCount = options.PerMinute * options.Minutes;
        if (contacts < lagCount + options.Timers + options.Tenants)
        {
            output.WriteLine($"--contacts must be at least the lag run's timers ({lagCount:N0}) plus --timers ({options.Timers:N0}) "
                + "plus a margin for the contacts whose reminder ends too_late.");
            return 2;
        }
        var policy = new CallSettings().ToPolicy(TimeZones.Default, BankHolidayRegion.EnglandAndWales);
        var clock = BenchClock.NextTuesdayMorning(DateTimeOffset.UtcNow, policy);
        var results = new List<ScenarioResult>();
        var (itemsPerSecond, p99LagMs) = (double.NaN, double.NaN);
        var version = "?";
        string? failure = null;
        try
        {
            await using var database = await BenchDatabase.CreateAsync(arguments.ConnectionString, arguments.AppConnectionString, ct);
            version = await database.ServerVersionAsync(ct);
            Console.Error.WriteLine($"bench database {database.Name} created and migrated; bench clock starts {clock.Start:yyyy-MM-dd HH:mm} UTC");
            await using var storage = await BenchStorage.CreateAsync(database, ct);
            await using var app = await RemindersBenchServices.StartAsync(database, storage, clock, new NoopVoiceProvider(clock), options);
            var services = app.Services;
            Console.Error.WriteLine($"function app started (queues {storage.Queue}, {storage.CallQueue})");
            Console.Error.WriteLine("seeding...");
            var (tenants, seedFigure) = await ReminderSeeder.SeedAsync(database, options.Tenants, contacts, clock.GetUtcNow(), policy, ct);
            Add(results, new ScenarioResult([seedFigure], []));
            Console.Error.WriteLine("plan...");
            Add(results, await PlanScenario.RunAsync(services, tenants, ct));
            await database.VacuumAnalyzeAsync(ct);
            var scheduled = await DueTimers.ScheduledAsync(services.GetRequiredService<Database>(), ct);
            Console.Error.WriteLine($"lag under {options.PerMinute:N0} due calls a minute for {options.Minutes} min...");
            var lag = await LagScenario.RunAsync(services, app.DurableClient, options, ct);
            (p99LagMs, _) = (lag.P99Ms, Add(results, lag.Result));
            Console.Error.WriteLine("dispatch throughput...");
            var dispatch = await DispatchScenario.RunAsync(services, Math.Min(options.Timers, scheduled - lagCount), ct);
            (itemsPerSecond, _) = (dispatch.ItemsPerSecond, Add(results, dispatch.Result));
            if (options.Outcomes > 0)
            {
                Console.Error.WriteLine($"{options.Outcomes:N0} call outcomes...");
                Add(results, await OutcomesScenario.RunAsync(services, app.DurableClient, options.Outcomes, options.OutcomeOrchestrations, ct));
            }
            Add(results, new ScenarioResult(await EnginePlans.CaptureAsync(services.GetRequiredService<Database>(), tenants[0].TenantId, clock, ct), []));
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or NpgsqlException or TimeoutException)
        {
            failure = ct.IsCancellationRequested
                ? "The run was cancelled (Ctrl-C, SIGTERM or the overall time limit); the database was dropped."
                : $"The run failed: {exception.Message}";
        }
        output.WriteLine($"VioConcierge reminders bench: {Environment.ProcessorCount} cores, PostgreSQL {version}, "
            + $"{BenchFormat.Count(contacts)} contacts in {options.Tenants} tenants, bench clock from {clock.Start:yyyy-MM-dd HH:mm} UTC, "
            + $"run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        ResultTable.Write(output, results.SelectMany(result => result.Figures).ToArray());
        output.WriteLine();
        var met = RemindersTargets.Write(output, itemsPerSecond, p99LagMs);
        var problemsFound = ResultTable.WriteProblems(output, results.SelectMany(result => result.Problems).ToArray()) != 0;
        if (failure is not null)
        {
            output.WriteLine(failure);
        }
        return met && !problemsFound && failure is null ? 0 : 1;
    }

    /// <summary>Keeps a scenario's result and echoes its figures to stderr at once, so a killed run still leaves them.</summary>
    private static bool Add(List<ScenarioResult> results, ScenarioResult result)
    {
        results.Add(result);
        ResultTable.Write(Console.Error, result.Figures);
        return true;
    }
}
