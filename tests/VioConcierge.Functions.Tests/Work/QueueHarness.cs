using Dapper;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// The function app on a database and queues of its own, with a test clock and one test handler (a
/// <see cref="ScriptedHandler"/> unless told otherwise): work relayed to its Storage queue runs in the app's queue
/// function, delivered up to <c>maxAttempts</c> times (<c>Work:MaxAttempts</c> and the host's <c>maxDequeueCount</c>).
/// </summary>
public sealed class QueueHarness : IAsyncDisposable
{
    public const string Kind = "test.scripted";
    private readonly Dictionary<string, string?> _settings;

    private QueueHarness(TestDatabase database, ApiFactory factory, TestClock clock, Dictionary<string, string?> settings)
    {
        (Database, Factory, Clock, _settings) = (database, factory, clock, settings);
    }

    public TestDatabase Database { get; }

    public ApiFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public TestClock Clock { get; }

    public ScriptedHandler Handler => Services.GetServices<IWorkHandler>().OfType<ScriptedHandler>().Single();

    public PostgresWorkQueue Queue => Services.GetRequiredService<PostgresWorkQueue>();

    public WorkRelay Relay => Services.GetRequiredService<WorkRelay>();

    /// <summary>The harness; <paramref name="handler"/> builds the test handler from the app's services.</summary>
    public static async Task<QueueHarness> CreateAsync(
        int maxAttempts = 5, Func<IServiceProvider, IWorkHandler>? handler = null, bool relayEnabled = false, bool runTimers = true, int maxInFlight = 10_000)
    {
        var database = await TestDatabase.CreateAsync();
        var settings = TestKeys.Settings(database);
        settings["Work:MaxInFlight"] = maxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var attempts = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Work:MaxAttempts"] = attempts;
        settings["AzureFunctionsJobHost__extensions__queues__maxDequeueCount"] = attempts;
        settings["Work:RelayEnabled"] = relayEnabled ? "true" : "false";
        var clock = new TestClock();
        var factory = await ApiFactory.StartAsync(settings, clock, services =>
            services.AddSingleton(handler ?? (_ => new ScriptedHandler(Kind))), runTimers);
        return new QueueHarness(database, factory, clock, settings);
    }

    public Task<Guid?> EnqueueAsync(DateTimeOffset? dueAt = null, string? dedupeKey = null) =>
        Queue.EnqueueAsync(new WorkRequest(Kind, "{\"n\":1}", dueAt ?? Clock.GetUtcNow(), DedupeKey: dedupeKey), CancellationToken.None);

    /// <summary>Relays due work and waits until the queue function has settled it; returns how many items were relayed.</summary>
    public Task<int> RunDueAsync() => WorkSettling.RunDueAsync(Factory);

    /// <summary>The texts of the messages in the poison queue of <paramref name="kind"/>'s queue.</summary>
    public Task<IReadOnlyList<string>> PoisonMessagesAsync(string kind = Kind) => TestStorage.PoisonMessagesAsync(Services, kind);

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
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
        await TestStorage.DeleteQueuesAsync(_settings);
    }
}
