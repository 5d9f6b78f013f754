using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// Runs due work (reminder calls, outcome checks, imports, webhook effects) every two seconds until none is left, so
/// an app scaled to zero still fires every due reminder: the timer wakes it. Claims are leased rows
/// (<c>FOR UPDATE SKIP LOCKED</c>), so instances draining together never run one item twice. <c>Work:DispatcherEnabled</c>
/// false leaves draining to others (the tests run due work themselves).
/// </summary>
public sealed class WorkTimerFunction(WorkDispatcher dispatcher, IOptions<WorkQueueOptions> options, ILogger<WorkTimerFunction> logger)
{
    public const string Schedule = "*/2 * * * * *";

    [Function(nameof(DrainDueWork))]
    public async Task DrainDueWork([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken ct)
    {
        if (!options.Value.DispatcherEnabled)
        {
            return;
        }
        var ran = await dispatcher.RunDueAsync(ct);
        if (ran > 0)
        {
            logger.LogInformation("Ran {Count} due work items", ran);
        }
    }
}
