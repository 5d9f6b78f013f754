using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// The Storage queues work travels on, in the account of <c>AzureWebJobsStorage</c> (the one the queue triggers read;
/// a connection string or the identity-based settings, <see cref="WorkStorageAccount"/>), created on first use.
/// </summary>
public sealed class WorkQueueClients(IConfiguration configuration, IOptions<WorkQueueOptions> options)
{
    private readonly Lazy<QueueServiceClient> _service = new(() => WorkStorageAccount.Queues(configuration, AzureCredentials.For));
    private readonly Dictionary<string, Task<QueueClient>> _queues = [];
    private readonly Lock _lock = new();

    /// <summary>The queue <paramref name="kind"/>'s messages go to.</summary>
    public Task<QueueClient> ForKindAsync(string kind, CancellationToken ct) => QueueAsync(options.Value.QueueFor(kind), ct);

    /// <summary>The poison queue of <paramref name="queueName"/>, where the host moves a message after its last failed delivery.</summary>
    public Task<QueueClient> PoisonAsync(string queueName, CancellationToken ct) => QueueAsync(queueName + "-poison", ct);

    private Task<QueueClient> QueueAsync(string name, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_queues.TryGetValue(name, out var queue) || queue.IsFaulted || queue.IsCanceled)
            {
                _queues[name] = queue = CreateAsync(name, ct);
            }
            return queue;
        }
    }

    private async Task<QueueClient> CreateAsync(string name, CancellationToken ct)
    {
        var queue = _service.Value.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        return queue;
    }
}
