using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Work;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Hands due work to the Storage queues: claims due items under a lease (<c>FOR UPDATE SKIP LOCKED</c>, so relays
/// running side by side never send one item twice), groups a tenant's items of a batch kind into one message, sends
/// each message to its kind's queue, and puts back at once the items whose message could not be sent. A relay given a
/// Durable starter also claims items of an orchestrated kind (<see cref="WorkOrchestration"/>: a reminder's timer) up
/// to <see cref="WorkQueueOptions.StartAhead"/> before they are due (no more than
/// <see cref="WorkQueueOptions.MaxWaitingOrchestrations"/> waiting at once), and starts for each an orchestration that
/// waits on a durable timer for its moment; an item already due goes to its queue with the rest, where a burst of them
/// runs in batches. Items whose lease expired (their message was lost) are sent again first. No more than
/// <see cref="WorkQueueOptions.MaxInFlight"/> are relayed and unfinished at once. Any number of instances may relay
/// at once.
/// </summary>
public sealed class WorkRelay(
    PostgresWorkQueue queue,
    WorkQueueClients queues,
    WorkRunner runner,
    IEnumerable<WorkOrchestration> orchestrations,
    IOptions<WorkQueueOptions> options,
    ILogger<WorkRelay> logger)
{
    private const int ParallelSends = 16;
    private readonly WorkQueueOptions _options = options.Value;
    private readonly IReadOnlyCollection<string> _orchestrated = orchestrations.SelectMany(orchestration => orchestration.Kinds).ToHashSet();

    public string RelayId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// Sends every item due now (and, given <paramref name="starter"/>, starts the orchestrations of items due within
    /// <see cref="WorkQueueOptions.StartAhead"/>), claim by claim, until none is left. Returns how many were handed on.
    /// </summary>
    public async Task<int> RelayDueAsync(CancellationToken ct, IWorkOrchestrationStarter? starter = null)
    {
        await queue.RecoverExpiredLeasesAsync(ct);
        var total = 0;
        while (true)
        {
            var (running, waiting) = await queue.CountInFlightAsync(_orchestrated, ct);
            var room = Math.Min(_options.RelayBatchSize, _options.MaxInFlight - running);
            if (room <= 0)
            {
                return total;
            }
            var rules = starter is null
                ? new WorkClaimRules(runner.BatchKinds)
                : new WorkClaimRules(runner.BatchKinds)
                {
                    AheadKinds = _orchestrated,
                    Ahead = _options.StartAhead,
                    AheadMax = Math.Max(0, _options.MaxWaitingOrchestrations - waiting),
                };
            var claimed = await queue.ClaimAsync(RelayId, room, rules, ct);
            if (claimed.Count == 0)
            {
                return total;
            }
            var now = queue.Now;
            var orchestrated = claimed.Where(work => _orchestrated.Contains(work.Item.Kind) && work.Item.DueAt > now).ToArray();
            total += await SendAsync(claimed.Except(orchestrated).ToArray(), ct);
            total += await StartAsync(orchestrated, starter!, ct);
            if (claimed.Count < room)
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

    private async Task<int> StartAsync(IReadOnlyList<ClaimedWork> claimed, IWorkOrchestrationStarter starter, CancellationToken ct)
    {
        if (claimed.Count == 0)
        {
            return 0;
        }
        var unstarted = new List<ClaimedWork>();
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = ct }, async (work, token) =>
        {
            try
            {
                // Measured as each starts, so a long run of starts does not make the last ones late.
                await starter.StartAsync(work, work.Item.DueAt - queue.Now, token);
            }
            catch (Exception exception) when (!token.IsCancellationRequested)
            {
                logger.LogWarning("Work of kind {Kind} could not start its orchestration ({Failure}); it is started again at the next relay",
                    work.Item.Kind, exception.GetType().Name);
                lock (unstarted)
                {
                    unstarted.Add(work);
                }
            }
        });
        if (unstarted.Count > 0)
        {
            await queue.ReleaseAsync(unstarted, CancellationToken.None);
        }
        return claimed.Count - unstarted.Count;
    }

    private async Task<int> SendAsync(IReadOnlyList<ClaimedWork> claimed, CancellationToken ct)
    {
        if (claimed.Count == 0)
        {
            return 0;
        }
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
