using System.Globalization;
using VioConcierge.Bench.Contacts;
using VioConcierge.Bench.Hosting;
using VioConcierge.Bench.Reminders;
using VioConcierge.Bench.Webhooks;

namespace VioConcierge.Bench;

/// <summary>
/// One bench run: a fresh database and work queues of its own, each chosen scenario against a freshly started function
/// app (in process; relaying except for the enqueue rate) and an empty <c>work_items</c> table, the results table,
/// then the queues are deleted and the database dropped. Exit code 0 when every check passed. The contacts, webhooks
/// and reminders sets have runs of their own (<see cref="ContactsBenchRun"/>, <see cref="WebhooksBenchRun"/>,
/// <see cref="RemindersBenchRun"/>).
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken ct)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (arguments.IsContacts)
        {
            return await ContactsBenchRun.RunAsync(arguments.ConnectionString, arguments.AppConnectionString, arguments.Contacts, output, ct);
        }
        if (arguments.IsWebhooks)
        {
            return await WebhooksBenchRun.RunAsync(arguments.ConnectionString, arguments.AppConnectionString, arguments.Webhooks, output, ct);
        }
        if (arguments.IsReminders)
        {
            return await RemindersBenchRun.RunAsync(arguments, output, ct);
        }
        var figures = new List<BenchFigure>();
        var problems = new List<string>();
        string version;
        await using (var database = await BenchDatabase.CreateAsync(arguments.ConnectionString, arguments.AppConnectionString, ct))
        await using (var storage = await BenchStorage.CreateAsync(database, ct))
        {
            version = await database.ServerVersionAsync(ct);
            Console.Error.WriteLine($"bench database {database.Name} created and migrated; queues {storage.Queue}, {storage.CallQueue}");
            foreach (var scenario in arguments.Scenarios)
            {
                Console.Error.WriteLine($"running {scenario}...");
                await database.ResetAsync(ct);
                await using var app = await BenchServices.StartAsync(database, storage, relay: scenario != "enqueue");
                var result = await RunScenarioAsync(scenario, app.Services, ct);
                figures.AddRange(result.Figures);
                problems.AddRange(result.Problems);
            }
        }
        output.WriteLine($"VioConcierge work queue bench: {Environment.ProcessorCount} cores, PostgreSQL {version}, "
            + $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        ResultTable.Write(output, figures);
        return ResultTable.WriteProblems(output, problems);
    }

    private static Task<ScenarioResult> RunScenarioAsync(string scenario, IServiceProvider services, CancellationToken ct) =>
        scenario switch
        {
            "latency" => LatencyScenario.RunAsync(services, ct),
            "throughput" => ThroughputScenario.RunAsync(services, ct),
            "enqueue" => EnqueueScenario.RunAsync(services, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
        };
}
