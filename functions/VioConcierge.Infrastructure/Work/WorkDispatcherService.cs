using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// The background loop around <see cref="WorkDispatcher"/>: keeps up to <c>Work:Concurrency</c> tasks running (an
/// item, or a batch of items of one kind whose handler runs batches), claims more as slots free up, and wakes on enqueue signals so due work starts within milliseconds. While a backlog
/// lasts (the last claim filled every free slot) it claims in batches, once half the slots are free (or 50 ms after
/// its last claim), instead of one claim transaction per finished item; otherwise it claims as soon as a slot is
/// free, for the shortest start lag.
/// </summary>
public sealed class WorkDispatcherService(
    WorkDispatcher dispatcher,
    PostgresWorkQueue queue,
    WorkSignal signal,
    IOptions<WorkQueueOptions> options,
    TimeProvider time,
    ILogger<WorkDispatcherService> logger) : BackgroundService
{
    private static readonly TimeSpan ErrorPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LeaseRecoveryInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinimumIdle = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            logger.LogInformation("Work dispatcher is disabled on this instance");
            return;
        }
        var running = new List<Task>();
        var lastRecovery = DateTimeOffset.MinValue;
        var backlog = false;
        var lastClaim = DateTimeOffset.MinValue;
        var batch = Math.Max(1, options.Value.Concurrency / 2);
        logger.LogInformation("Work dispatcher {WorkerId} started", dispatcher.WorkerId);
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            var wakeUp = signal.NextAsync();
            var delay = TimeSpan.Zero;
            try
            {
                if (time.GetUtcNow() - lastRecovery > LeaseRecoveryInterval)
                {
                    await queue.RecoverExpiredLeasesAsync(stoppingToken);
                    lastRecovery = time.GetUtcNow();
                }
                var free = options.Value.Concurrency - running.Count;
                var sinceClaim = time.GetUtcNow() - lastClaim;
                if (free <= 0 || (backlog && free < batch && sinceClaim < MinimumIdle))
                {
                    // Busy: let more slots free up before the next claim (at most MinimumIdle while some are free).
                    await WaitAsync(running, wakeUp, free <= 0 ? ErrorPause : MinimumIdle - sinceClaim, stoppingToken);
                    continue;
                }
                lastClaim = time.GetUtcNow();
                var claimed = await queue.ClaimAsync(dispatcher.WorkerId, free, stoppingToken, dispatcher.BatchKinds);
                running.AddRange(dispatcher.Start(claimed, stoppingToken));
                backlog = claimed.Count >= free;
                if (backlog)
                {
                    continue;
                }
                delay = await dispatcher.IdleDelayAsync(stoppingToken);
                if (claimed.Count == 0 && delay < MinimumIdle)
                {
                    // Due work exists but another worker holds it: do not spin while its claim commits.
                    delay = MinimumIdle;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested && TransientDatabaseErrors.Is(exception))
            {
                logger.LogWarning("Work dispatcher waits for the database ({Failure})", exception.GetType().Name);
                delay = ErrorPause;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Work dispatcher loop failed; pausing");
                delay = ErrorPause;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await WaitAsync(running, wakeUp, delay, stoppingToken);
        }
        try
        {
            await Task.WhenAll(running);
        }
        catch (Exception exception) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Work stopped mid-item at shutdown ({Reason}); its lease will expire and it will run again",
                exception.GetType().Name);
        }
    }

    private async Task WaitAsync(List<Task> running, Task wakeUp, TimeSpan delay, CancellationToken ct)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var waits = new List<Task>(running) { wakeUp, Task.Delay(delay, time, timer.Token) };
        try
        {
            await Task.WhenAny(waits);
        }
        finally
        {
            await timer.CancelAsync();
        }
    }
}
