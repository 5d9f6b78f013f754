using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Work;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Hands due work to the Storage queues: claims due items under a lease (<c>FOR UPDATE SKIP LOCKED</c>, so relays
/// running side by side never send one item twice), groups a tenant's items of a batch kind into one message, sends
/// each message to its kind's queue, and puts back at once the items whose message could not be sent. Items whose
/// lease expired (their message was lost) are sent again first. Any number of instances may relay at once.
/// </summary>
public sealed class WorkRelay(PostgresWorkQueue queue, WorkQueueClients queues, WorkRunner runner, IOptions<WorkQueueOptions> options, ILogger<WorkRelay> logger)
{
    private const int ParallelSends = 16;
    private readonly WorkQueueOptions _options = options.Value;

    public string RelayId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Sends every item due now, claim by claim, until none is left. Returns how many were sent.</summary>
    public async Task<int> RelayDueAsync(CancellationToken ct)
    {
        await queue.RecoverExpiredLeasesAsync(ct);
        var total = 0;
        while (true)
        {
            var claimed = await queue.ClaimAsync(RelayId, _options.RelayBatchSize, ct, runner.BatchKinds);
            if (claimed.Count == 0)
            {
                return total;
            }
            total += await SendAsync(claimed, ct);
            if (claimed.Count < _options.RelayBatchSize)
            {
                return total;
            }
        }
    }

    /// <summary>One message per item, or per tenant's run of up to <see cref="WorkQueueOptions.BatchSize"/> items of a batch kind.</summary>
    public IReadOnlyList<IReadOnlyList<ClaimedWork>> Messages(IReadOnlyList<ClaimedWork> claimed) => claimed
        .GroupBy(work => (work.Item.Kind, work.Item.TenantId))
        .SelectMany(group => runner.BatchKinds.Contains(group.Key.Kind)
            ? group.Chunk(_options.BatchSize).Select(chunk => (IReadOnlyList<ClaimedWork>)chunk)
            : group.Select(work => (IReadOnlyList<ClaimedWork>)[work]))
        .OrderBy(message => message[0].Item.DueAt)
        .ToArray();

    private async Task<int> SendAsync(IReadOnlyList<ClaimedWork> claimed, CancellationToken ct)
    {
        var unsent = new List<ClaimedWork>();
        await Parallel.ForEachAsync(Messages(claimed), new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = ct }, async (works, token) =>
        {
            try
            {
                var target = await queues.ForKindAsync(works[0].Item.Kind, token);
                await target.SendMessageAsync(WorkMessage.For(works).ToJson(), token);
            }
            catch (Exception exception) when (exception is Azure.RequestFailedException or HttpRequestException or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
            {
                logger.LogWarning("Work of kind {Kind} could not be sent to its queue ({Failure}); it is sent again at the next relay",
                    works[0].Item.Kind, exception.GetType().Name);
                lock (unsent)
                {
                    unsent.AddRange(works);
                }
            }
        });
        if (unsent.Count > 0)
        {
            await queue.ReleaseAsync(unsent, CancellationToken.None);
        }
        return claimed.Count - unsent.Count;
    }
}
