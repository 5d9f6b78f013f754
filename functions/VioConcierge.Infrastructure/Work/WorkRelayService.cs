using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Relays at once when this instance commits new work (<see cref="WorkSignal"/>), so a webhook's effect or a call due
/// now starts within milliseconds; the timer function relays everything else (due times, other instances' work, lost
/// messages). Off where <c>Work:RelayEnabled</c> is false.
/// </summary>
public sealed class WorkRelayService(WorkRelay relay, WorkSignal signal, IOptions<WorkQueueOptions> options, ILogger<WorkRelayService> logger) : BackgroundService
{
    private static readonly TimeSpan ErrorPause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = signal.NextAsync();
            try
            {
                await relay.RelayDueAsync(stoppingToken);
                await next.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (TransientDatabaseErrors.Is(exception))
            {
                logger.LogWarning("Work relay waits for the database ({Failure})", exception.GetType().Name);
                await Task.Delay(ErrorPause, stoppingToken);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Work relay failed; the timer relays the work");
                await Task.Delay(ErrorPause, stoppingToken);
            }
        }
    }
}
