using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// <see cref="Count"/> background dispatchers (<see cref="WorkDispatcherService"/>, separate worker ids, the host's
/// <c>Work</c> defaults), as two host instances would run them; stopped on dispose.
/// </summary>
public sealed class BenchDispatchers : IAsyncDisposable
{
    public const int Count = 2;

    private readonly WorkDispatcherService[] _workers;

    private BenchDispatchers(WorkDispatcherService[] workers) => _workers = workers;

    public static async Task<BenchDispatchers> StartAsync(IServiceProvider services, CancellationToken ct)
    {
        var workers = Enumerable.Range(0, Count).Select(_ => services.GetRequiredService<WorkDispatcherService>()).ToArray();
        foreach (var worker in workers)
        {
            await worker.StartAsync(ct);
        }
        return new BenchDispatchers(workers);
    }

    /// <summary>"2 dispatchers x 4 (host default Work:Concurrency)".</summary>
    public static string Describe(IServiceProvider services) =>
        $"{Count} dispatchers x {services.GetRequiredService<IOptions<WorkQueueOptions>>().Value.Concurrency} (host default Work:Concurrency)";

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
