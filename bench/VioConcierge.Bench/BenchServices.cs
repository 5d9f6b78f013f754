using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Bench.Hosting;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Bench;

/// <summary>
/// The work-queue set's function app: the real app in process (<see cref="BenchApp"/>) with one handler added, the
/// bench's <see cref="NoopBenchHandler"/> (kind <c>bench.noop</c>, on <c>Work:Queue</c>).
/// </summary>
public static class BenchServices
{
    public static Task<ApiFactory> StartAsync(BenchDatabase database, BenchStorage storage, bool relay) =>
        BenchApp.StartAsync(database, storage, relay, TimeProvider.System, services =>
        {
            services.AddSingleton<NoopBenchHandler>();
            services.AddSingleton<IWorkHandler>(provider => provider.GetRequiredService<NoopBenchHandler>());
        });
}
