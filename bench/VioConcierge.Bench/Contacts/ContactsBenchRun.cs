using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VioConcierge.Application.Contacts;
using VioConcierge.Bench.Hosting;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The contacts load run: a fresh database and work queues, the real host as a child process, three noise tenants
/// created through the admin API, contacts seeded with SQL, then the read, write, bulk and import scenarios over HTTP
/// as the demo admin (those <c>--only</c> chooses), query plans of the list and searches, and the table. The host is stopped, the queues deleted and
/// the database dropped whatever happens (failure, Ctrl-C, the overall time limit).
/// </summary>
public static class ContactsBenchRun
{
    private static readonly (string Name, string Type, string[] Groups)[] NoiseTenants =
    [
        ("Bench Salon", "salon", ["Regulars", "Colour clients", "Bridal"]),
        ("Bench Bistro", "restaurant", ["Large parties", "Birthdays", "Corporate"]),
        ("Bench Consulting", "consultant", ["Retainers", "Prospects", "Workshops"]),
    ];

    private static readonly string[] DemoGroups = ["Hygiene recall", "New patients", "Orthodontics", "Whitening", "VIP", "Children"];

    public static async Task<int> RunAsync(string maintenanceConnection, string appConnection, ContactsBenchOptions options, TextWriter output, CancellationToken ct)
    {
        var report = new ContactsReport();
        string version;
        try
        {
            version = await RunScenariosAsync(maintenanceConnection, appConnection, options, report, ct);
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException
            or HttpRequestException or NpgsqlException or TimeoutException or JsonException or KeyNotFoundException)
        {
            output.WriteLine(ct.IsCancellationRequested
                ? "The run was cancelled (Ctrl-C, SIGTERM or the overall time limit); the host was stopped and the database dropped."
                : $"The run failed: {exception.Message}");
            return 1;
        }
        output.WriteLine($"VioConcierge contacts bench: {Environment.ProcessorCount} cores, PostgreSQL {version}, host built {BenchHost.Configuration}, "
            + $"{BenchFormat.Count(options.Contacts)} contacts + 3 x {BenchFormat.Count(options.NoisePerTenant)} noise, "
            + $"{options.Requests} requests per mode, scenarios {string.Join(", ", ContactsBenchOptions.Groups.Where(options.Runs))}, "
            + $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.Write(output);
        return report.ExitCode;
    }

    private static async Task<string> RunScenariosAsync(
        string maintenanceConnection, string appConnection, ContactsBenchOptions options, ContactsReport report, CancellationToken ct)
    {
        var settings = BenchHostSettings.CreateRandom();
        await using var database = await BenchDatabase.CreateAsync(maintenanceConnection, appConnection, ct);
        await using var storage = await BenchStorage.CreateAsync(database, ct);
        Console.Error.WriteLine($"bench database {database.Name} created and migrated; queues {storage.Queue}, {storage.CallQueue}");
        var address = BenchHost.NewLoopbackAddress();
        await using var services = ContactsBenchServices.Build(address, settings.InProcessConfiguration(database));
        var api = services.GetRequiredService<BenchApiClient>();
        await using var host = await BenchHost.StartAsync(address, settings.HostEnvironment(database, storage), api, ct);
        Console.Error.WriteLine($"host ready at {address}");

        var plans = await CreateTenantsAsync(services.GetRequiredService<BenchApiClient>(), settings, options, ct);
        var (token, demoTenant) = await api.SignInAsync(settings.DemoAdminEmail, settings.DemoAdminPassword, ct);
        api.UseToken(token);
        plans.Insert(0, new SeedPlan(demoTenant ?? throw new InvalidOperationException("The demo admin has no tenant."), options.Contacts, DemoGroups));
        Console.Error.WriteLine("seeding...");
        var (tenants, seedFigures) = await ContactSeeder.SeedAsync(database, plans, DateTimeOffset.UtcNow, ct);
        report.Figures.AddRange(seedFigures);
        var demo = tenants[0];
        report.Figures.Add(new BenchFigure("seed", "demo tenant: largest group (used by the filter) members",
            $"{BenchFormat.Count(demo.GroupSizes[0])} ({BenchFormat.Count(demo.Contacts.Count(c => c.Status == "pending"))} pending in the tenant)"));

        var probe = new LatencyProbe(api, options);
        if (options.Runs("read"))
        {
            Console.Error.WriteLine("measuring list and search...");
            await ReadScenarios.RunAsync(probe, demo, report, ct);
            await QueryPlans.CaptureAsync(services, database, demo.TenantId, PlanQueries(demo), report, ct);
        }
        if (options.Runs("write"))
        {
            Console.Error.WriteLine("measuring create and update...");
            await WriteScenarios.RunAsync(probe, demo, report, ct);
        }
        if (options.Runs("bulk"))
        {
            Console.Error.WriteLine("measuring bulk status change...");
            await BulkStatusScenario.RunAsync(api, demo, report, ct);
        }
        if (options.Runs("import"))
        {
            Console.Error.WriteLine("measuring import and the reminders it plans...");
            await ImportScenario.RunAsync(api, services.GetRequiredService<Database>(), report, ct);
        }
        return await database.ServerVersionAsync(ct);
    }

    private static async Task<List<SeedPlan>> CreateTenantsAsync(BenchApiClient root, BenchHostSettings settings, ContactsBenchOptions options, CancellationToken ct)
    {
        root.UseToken((await root.SignInAsync(settings.SuperAdminEmail, settings.SuperAdminPassword, ct)).AccessToken);
        var plans = new List<SeedPlan>();
        foreach (var (name, type, groups) in NoiseTenants)
        {
            var id = await root.CreateTenantAsync(name, type, $"admin@{type}.bench.vioconcierge.test", ct);
            plans.Add(new SeedPlan(id, options.NoisePerTenant, groups));
        }
        return plans;
    }

    private static (string, ContactListRequest)[] PlanQueries(SeededTenant demo) =>
    [
        ("list first page", new ContactListRequest()),
        ("list status+group", new ContactListRequest(Status: ["pending"], Group: [demo.GroupIds[0]])),
        ($"search name '{SeedNames.SearchFragments[0]}'", new ContactListRequest(Q: SeedNames.SearchFragments[0])),
        ($"search phone '{ReadScenarios.SpacedPhone}'", new ContactListRequest(Q: ReadScenarios.SpacedPhone)),
        ($"search phone digits '{ReadScenarios.DigitsTail(demo.Contacts[0])}'", new ContactListRequest(Q: ReadScenarios.DigitsTail(demo.Contacts[0]))),
    ];
}
