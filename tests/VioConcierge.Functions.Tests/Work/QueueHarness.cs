using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>The real queue and dispatcher on a database of their own, with a test clock and one scripted handler.</summary>
public sealed class QueueHarness : IAsyncDisposable
{
    public const string Kind = "test.scripted";

    private QueueHarness(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public TestClock Clock => (TestClock)Services.GetRequiredService<TimeProvider>();

    public ScriptedHandler Handler => (ScriptedHandler)Services.GetRequiredService<IWorkHandler>();

    public PostgresWorkQueue Queue => Services.GetRequiredService<PostgresWorkQueue>();

    public WorkDispatcher Dispatcher => Services.GetRequiredService<WorkDispatcher>();

    public static async Task<QueueHarness> CreateAsync(int maxAttempts = 5, TimeSpan? pollInterval = null)
    {
        var database = await TestDatabase.CreateAsync();
        var settings = TestKeys.Settings(database);
        settings["Work:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Work:PollInterval"] = (pollInterval ?? TimeSpan.FromSeconds(5)).ToString();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddInfrastructure()
            .AddSingleton<TimeProvider>(new TestClock())
            .AddSingleton<IWorkHandler>(new ScriptedHandler(Kind))
            .AddSingleton<WorkDispatcher>()
            .AddSingleton<WorkDispatcherService>()
            .BuildServiceProvider();
        await services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        return new QueueHarness(database, services);
    }

    public Task<Guid?> EnqueueAsync(DateTimeOffset? dueAt = null, string? dedupeKey = null) =>
        Queue.EnqueueAsync(new WorkRequest(Kind, "{\"n\":1}", dueAt ?? Clock.GetUtcNow(), DedupeKey: dedupeKey), CancellationToken.None);

    public Task<int> RunDueAsync() => Dispatcher.RunDueAsync(CancellationToken.None);

    /// <summary>A dispatcher over this queue that knows only <paramref name="handler"/>.</summary>
    public WorkDispatcher DispatcherWith(IWorkHandler handler) =>
        new(Queue, [handler], Services.GetRequiredService<IOptions<WorkQueueOptions>>(), Clock, NullLogger<WorkDispatcher>.Instance);

    public async Task<(string Status, int Attempts, string? LastError, DateTimeOffset DueAt)> StateAsync(Guid id)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("SELECT set_config('app.scope', 'platform', false)");
        return await connection.QuerySingleAsync<(string, int, string?, DateTime)>(
            "SELECT status, attempts, last_error, due_at FROM work_items WHERE id = @id", new { id }) is var (status, attempts, error, due)
            ? (status, attempts, error, new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)))
            : default;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
