using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// Relays due work (outcome checks, imports, webhook effects) to the Storage queues every two seconds, and starts the
/// orchestrations of reminders' timers due within <c>Work:StartAhead</c> (only a function holds a Durable client), so
/// an app scaled to zero still starts every due reminder: the timer wakes it. Claims are leased rows
/// (<c>FOR UPDATE SKIP LOCKED</c>), so instances relaying together never send one item twice. <c>Work:RelayEnabled</c>
/// false leaves relaying to others (the tests relay due work themselves).
/// </summary>
public sealed class WorkTimerFunction(WorkRelay relay, IOptions<WorkQueueOptions> options, ILogger<WorkTimerFunction> logger)
{
    public const string Schedule = "*/2 * * * * *";

    [Function(nameof(RelayDueWork))]
    public async Task RelayDueWork([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient durable, CancellationToken ct)
    {
        if (!options.Value.RelayEnabled)
        {
            return;
        }
        var sent = await relay.RelayDueAsync(ct, new DurableWorkStarter(durable, options));
        if (sent > 0)
        {
            logger.LogInformation("Relayed {Count} due work items", sent);
        }
    }
}
