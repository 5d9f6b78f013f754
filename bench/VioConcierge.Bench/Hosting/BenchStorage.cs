using Azure;
using Azure.Storage.Queues;

namespace VioConcierge.Bench.Hosting;

/// <summary>
/// The run's own work queues on Azurite (<c>scripts/azurite.sh</c>), named after the bench database
/// (<c>work-vio-bench-…</c>, <c>calls-vio-bench-…</c>) so runs and test runs sharing the emulator never read each
/// other's messages, and the run's own Durable task hub (<see cref="BenchTaskHub"/>). The queues are created at once (a
/// run without Azurite stops before it starts anything); all are deleted on dispose, the queues with their poison queues.
/// </summary>
public sealed class BenchStorage : IAsyncDisposable
{
    /// <summary>Azurite on loopback, as <c>AzureWebJobsStorage</c>.</summary>
    public const string ConnectionString = "UseDevelopmentStorage=true";

    private static readonly QueueClientOptions Options = new() { Retry = { MaxRetries = 1 } };
    private readonly QueueServiceClient _service = new(ConnectionString, Options);

    private BenchStorage(string databaseName)
    {
        var suffix = databaseName.Replace('_', '-').ToLowerInvariant();
        (Queue, CallQueue) = ($"work-{suffix}", $"calls-{suffix}");
        TaskHub = BenchTaskHub.NameFor(databaseName);
    }

    /// <summary><c>Work:Queue</c>: the queue of all other work.</summary>
    public string Queue { get; }

    /// <summary><c>Work:CallQueue</c>: the queue of time-critical work (calls, webhooks, reminder timers).</summary>
    public string CallQueue { get; }

    /// <summary>The run's Durable task hub (<c>host.json</c>'s hub name overridden through <see cref="BenchTaskHub.Setting"/>).</summary>
    public string TaskHub { get; }

    /// <summary>The app settings naming the account, the queues (<c>:</c> in names, as in configuration) and the task hub.</summary>
    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["AzureWebJobsStorage"] = ConnectionString,
        ["Work:Queue"] = Queue,
        ["Work:CallQueue"] = CallQueue,
        [BenchTaskHub.Setting] = TaskHub,
    };

    public static async Task<BenchStorage> CreateAsync(BenchDatabase database, CancellationToken ct)
    {
        var storage = new BenchStorage(database.Name);
        try
        {
            foreach (var name in storage.Names(poison: false))
            {
                await storage._service.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: ct);
            }
            return storage;
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException or HttpRequestException)
        {
            throw new InvalidOperationException($"Azurite's queue service (127.0.0.1:10001) did not answer ({exception.GetType().Name}): start it with scripts/azurite.sh.", exception);
        }
    }

    /// <summary>
    /// Deletes the queues, then looks again a moment later and deletes any that reappeared: a busy emulator may still
    /// be completing the app's last <c>CreateIfNotExists</c> (its queue poll creates its queue on every pass).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await BenchTaskHub.DeleteAsync(TaskHub, ConnectionString);
        for (var round = 0; round < 3; round++)
        {
            try
            {
                foreach (var name in Names(poison: true))
                {
                    await _service.GetQueueClient(name).DeleteIfExistsAsync();
                }
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                if (!await AnyLeftAsync())
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is RequestFailedException or AggregateException or HttpRequestException)
            {
                Console.Error.WriteLine($"the queues could not be deleted ({exception.GetType().Name}); delete {Queue} and {CallQueue} by hand");
                return;
            }
        }
        Console.Error.WriteLine($"the queues keep reappearing; delete {Queue} and {CallQueue} by hand");
    }

    private async Task<bool> AnyLeftAsync()
    {
        foreach (var name in Names(poison: true))
        {
            if (await _service.GetQueueClient(name).ExistsAsync())
            {
                return true;
            }
        }
        return false;
    }

    private IEnumerable<string> Names(bool poison) => poison
        ? [Queue, Queue + "-poison", CallQueue, CallQueue + "-poison"]
        : [Queue, CallQueue];
}
