using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Relays due work and waits until the queue functions have settled it (no item is still leased to a message).</summary>
public static class WorkSettling
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Relays due work (by the app's clock) as the timer function does, starting orchestrations through the host's
    /// Durable client, and waits until it settled; again until nothing more is due. Returns how many items went.
    /// </summary>
    public static async Task<int> RunDueAsync(ApiFactory factory)
    {
        var services = factory.Services;
        var relay = services.GetRequiredService<WorkRelay>();
        var starter = new DurableWorkStarter(factory.DurableClient, services.GetRequiredService<IOptions<WorkQueueOptions>>());
        var total = 0;
        while (true)
        {
            var sent = await relay.RelayDueAsync(CancellationToken.None, starter);
            await SettledAsync(services);
            total += sent;
            if (sent == 0)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Waits until no work item this process's relays sent is running (sent and not yet done, dead or back to pending);
    /// items a test claimed under a name of its own are left alone.
    /// </summary>
    public static async Task SettledAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<Database>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var uow = await database.BeginPlatformAsync(CancellationToken.None))
            {
                var running = (await uow.QueryAsync<string>(
                    "SELECT kind FROM work_items WHERE status = 'running' AND leased_by LIKE @Relays LIMIT 5",
                    new { Relays = $"{Environment.MachineName}:{Environment.ProcessId}:%" }, CancellationToken.None)).ToList();
                if (running.Count == 0)
                {
                    return;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Relayed work still running after {Patience}: {string.Join(", ", running)}");
                }
            }
            await Task.Delay(10);
        }
    }
}
