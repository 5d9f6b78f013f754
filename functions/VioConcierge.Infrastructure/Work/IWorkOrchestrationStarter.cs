using VioConcierge.Application.Work;

namespace VioConcierge.Infrastructure.Work;

/// <summary>Starts the orchestration of one claimed item (a Durable client, which only a function invocation holds).</summary>
public interface IWorkOrchestrationStarter
{
    /// <summary>
    /// Starts <paramref name="work"/>'s orchestration, to run it after <paramref name="delay"/>. The instance id is
    /// derived from the item and its claim: starting it twice is harmless, and a claim made anew after its lease ran
    /// out starts a fresh instance (the stale one finds nothing to run).
    /// </summary>
    Task StartAsync(ClaimedWork work, TimeSpan delay, CancellationToken ct);
}
