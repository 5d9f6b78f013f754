using VioConcierge.Application.Tenants;

namespace VioConcierge.Functions.Hosting;

/// <summary>Seeds the platform at start-up (<see cref="PlatformBootstrap"/>), after the migrations and before requests.</summary>
public sealed class BootstrapService(PlatformBootstrap bootstrap) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => bootstrap.RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
