using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VioConcierge.Bench.Contacts;
using VioConcierge.Bench.Hosting;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// The webhooks run: a fresh database and work queues, the real host as a child process with its relay off (the
/// items stay in PostgreSQL), call sessions seeded with SQL over three tenants, then signed Retell webhooks (three
/// events per call, 5% delivered twice, in shuffled order) from concurrent senders; checks one receipt and one work
/// item per event; then a second host with the relay on sends them to its call queue, its queue function runs them,
/// and the checks confirm every call was applied exactly once.
/// </summary>
public static class WebhooksBenchRun
{
    public static readonly (double PerSecond, double P99Ms) Target = (2_000, 50);

    public static async Task<int> RunAsync(string maintenanceConnection, string appConnection, WebhooksBenchOptions options, TextWriter output, CancellationToken ct)
    {
        var figures = new List<BenchFigure>();
        var problems = new List<string>();
        var loadBefore = LoadAverage();
        string version;
        try
        {
            version = await RunStepsAsync(maintenanceConnection, appConnection, options, figures, problems, ct);
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException
            or HttpRequestException or NpgsqlException or TimeoutException)
        {
            output.WriteLine(ct.IsCancellationRequested
                ? "The run was cancelled (Ctrl-C, SIGTERM or the overall time limit); the host was stopped and the database dropped."
                : $"The run failed: {exception.Message}");
            return 1;
        }
        output.WriteLine($"VioConcierge webhooks bench: {Environment.ProcessorCount} cores, PostgreSQL {version}, host built {BenchHost.Configuration}, "
            + $"{options.Sessions:N0} calls, {options.Senders} senders, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {loadBefore} before, {LoadAverage()} after");
        ResultTable.Write(output, figures);
        return ResultTable.WriteProblems(output, problems);
    }

    private static async Task<string> RunStepsAsync(
        string maintenanceConnection, string appConnection, WebhooksBenchOptions options, List<BenchFigure> figures, List<string> problems, CancellationToken ct)
    {
        var settings = BenchHostSettings.CreateRandom();
        var retellKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var database = await BenchDatabase.CreateAsync(maintenanceConnection, appConnection, ct);
        await using var storage = await BenchStorage.CreateAsync(database, ct);
        Console.Error.WriteLine($"bench database {database.Name} created and migrated; queues {storage.Queue}, {storage.CallQueue}");
        var checks = new WebhookChecks(database.ConnectionString);
        var correctness = new List<string>();
        var address = BenchHost.NewLoopbackAddress();
        await using var services = WebhooksBenchServices.Build(address, options.Senders);
        var api = services.GetRequiredService<BenchApiClient>();

        IReadOnlyList<SeededCall> calls;
        await using (var ingestHost = await BenchHost.StartAsync(address, HostEnvironment(settings, database, storage, retellKey, relay: false), api, ct))
        {
            Console.Error.WriteLine($"host ready at {address}; seeding {options.Sessions:N0} calls...");
            calls = await WebhookSeeder.SeedAsync(database.ConnectionString, await TenantsAsync(api, settings, ct),
                options.Sessions + WebhooksBenchOptions.WarmUpSessions, ct);
            var load = new WebhookLoad(services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhooksBenchServices.LoadClient), retellKey);
            var (warmUp, measured) = Bodies(calls, options.Sessions);
            Console.Error.WriteLine($"warming up ({warmUp.Count} requests), then sending {measured.Count:N0}...");
            var warm = await load.SendAsync(warmUp, options.Senders, ct);
            var cpu = new CpuMeter(ingestHost.ProcessIds, database.ConnectionString);
            var before = await cpu.ReadAsync(ct);
            var result = await load.SendAsync(measured, options.Senders, ct);
            var after = await cpu.ReadAsync(ct);
            Report(result, warm.Errors.Count, figures, problems);
            ReportCpu(result.Requests, before, after, figures);
            figures.Add(new BenchFigure("ingest", "receipts per writing transaction (deliveries sharing a round trip), warm-up included",
                (await checks.ReceiptsPerTransactionAsync(ct)).ToString("F1", CultureInfo.InvariantCulture)));
            correctness.AddRange(await checks.IngestionProblemsAsync(calls.Count * WebhookEvents.Events.Length, ct));
        }
        Console.Error.WriteLine("draining with the relay on...");
        var drainAddress = BenchHost.NewLoopbackAddress();
        await using var drainServices = WebhooksBenchServices.Build(drainAddress, 1);
        await using (var drainHost = await BenchHost.StartAsync(drainAddress, HostEnvironment(settings, database, storage, retellKey, relay: true),
            drainServices.GetRequiredService<BenchApiClient>(), ct))
        {
            var drain = await WaitDrainedAsync(checks, ct);
            var items = calls.Count * WebhookEvents.Events.Length;
            figures.Add(new BenchFigure("drain", $"{items:N0} work items, relay -> queue -> queue function (s, from host ready)", drain.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)));
            figures.Add(new BenchFigure("drain", "items/s", (items / drain.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)));
        }
        correctness.AddRange(await checks.ProcessingProblemsAsync(calls.Count, ct));
        figures.Add(new BenchFigure("checks", "receipts = work items = events, each applied once", correctness.Count == 0 ? "yes" : "NO"));
        problems.AddRange(correctness);
        return await database.ServerVersionAsync(ct);
    }

    private static void Report(LoadResult result, int warmUpErrors, List<BenchFigure> figures, List<string> problems)
    {
        string Ms(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
        figures.Add(new BenchFigure("ingest", "requests (3 events per call + 5% repeated)", result.Requests.ToString("N0", CultureInfo.InvariantCulture)));
        figures.Add(new BenchFigure("ingest", "requests/s", result.PerSecond.ToString("N0", CultureInfo.InvariantCulture)));
        figures.Add(new BenchFigure("ingest", "latency p50 (ms)", Ms(result.Latency.At(50))));
        figures.Add(new BenchFigure("ingest", "latency p95 (ms)", Ms(result.Latency.At(95))));
        figures.Add(new BenchFigure("ingest", "latency p99 (ms)", Ms(result.Latency.At(99))));
        figures.Add(new BenchFigure("ingest", "latency max (ms)", Ms(result.Latency.Max)));
        figures.Add(new BenchFigure("ingest", "errors (not 204), warm-up + measured", $"{warmUpErrors} + {result.Errors.Count}"));
        var pass = result.PerSecond >= Target.PerSecond && result.Latency.At(99) <= Target.P99Ms && result.Errors.Count == 0 && warmUpErrors == 0;
        figures.Add(new BenchFigure("ingest", $"target >= {Target.PerSecond:N0} req/s, p99 <= {Target.P99Ms} ms, no errors", pass ? "PASS" : "FAIL"));
        problems.AddRange(result.Errors.Take(5).Select(error => $"ingest {error}"));
        if (!pass)
        {
            problems.Add("the ingestion target was missed");
        }
    }

    /// <summary>CPU per request by process, and the rate the two cores could sustain if nothing else ran.</summary>
    private static void ReportCpu(int requests, (double Host, double Bench, double Postgres) before, (double Host, double Bench, double Postgres) after,
        List<BenchFigure> figures)
    {
        var (host, bench, postgres) = ((after.Host - before.Host) / requests, (after.Bench - before.Bench) / requests, (after.Postgres - before.Postgres) / requests);
        string Ms(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
        figures.Add(new BenchFigure("cpu", "CPU per request (ms): host / PostgreSQL backends / bench senders", $"{Ms(host)} / {Ms(postgres)} / {Ms(bench)}"));
        figures.Add(new BenchFigure("cpu", $"requests/s {Environment.ProcessorCount} idle cores could sustain at that cost",
            (Environment.ProcessorCount * 1000 / (host + postgres + bench)).ToString("N0", CultureInfo.InvariantCulture)));
    }

    /// <summary>Warm-up bodies (the first sessions' events) and the measured ones: the rest, shuffled, 5% sent twice.</summary>
    private static (IReadOnlyList<byte[]> WarmUp, IReadOnlyList<byte[]> Measured) Bodies(IReadOnlyList<SeededCall> calls, int measuredSessions)
    {
        var start = DateTimeOffset.UtcNow;
        var all = calls.Select(call => WebhookEvents.Bodies(call, start)).ToArray();
        var warmUp = all.Take(calls.Count - measuredSessions).SelectMany(bodies => bodies).ToArray();
        var measured = all.Skip(calls.Count - measuredSessions).SelectMany(bodies => bodies).ToList();
        var random = new Random(42);
        measured.AddRange(measured.Where(_ => random.NextDouble() < 0.05).ToArray());
        var shuffled = measured.ToArray();
        random.Shuffle(shuffled);
        return (warmUp, shuffled);
    }

    private static async Task<Guid[]> TenantsAsync(BenchApiClient api, BenchHostSettings settings, CancellationToken ct)
    {
        api.UseToken((await api.SignInAsync(settings.SuperAdminEmail, settings.SuperAdminPassword, ct)).AccessToken);
        var first = await api.CreateTenantAsync("Bench Clinic A", "medical", "admin@a.webhooks.bench.vioconcierge.test", ct);
        var second = await api.CreateTenantAsync("Bench Clinic B", "medical", "admin@b.webhooks.bench.vioconcierge.test", ct);
        var (_, demo) = await api.SignInAsync(settings.DemoAdminEmail, settings.DemoAdminPassword, ct);
        return [demo ?? throw new InvalidOperationException("The demo admin has no tenant."), first, second];
    }

    private static async Task<TimeSpan> WaitDrainedAsync(WebhookChecks checks, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await checks.PendingAsync(ct) > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(8))
            {
                throw new TimeoutException("The queue did not drain within 8 minutes.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
        return clock.Elapsed;
    }

    private static Dictionary<string, string> HostEnvironment(BenchHostSettings settings, BenchDatabase database, BenchStorage storage, string retellKey, bool relay) =>
        new(settings.HostEnvironment(database, storage))
        {
            ["Retell__ApiKey"] = retellKey,
            ["RateLimits__WebhooksPerMinute"] = "100000000",
            ["Work__RelayEnabled"] = relay ? "true" : "false",
        };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
