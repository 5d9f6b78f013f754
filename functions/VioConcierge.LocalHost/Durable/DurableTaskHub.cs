using System.Text.Json;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace VioConcierge.LocalHost.Durable;

/// <summary>
/// The Durable Task side of the Functions host: a task hub in Azure Storage (<c>AzureWebJobsStorage</c>, Azurite
/// locally), served over the Durable Task sidecar gRPC API (<see cref="TaskHubGrpcServer"/>) that the worker's
/// <c>DurableTaskClient</c> calls and <see cref="DurableBridge"/> takes work items from. Created only when the app has
/// Durable functions.
/// </summary>
public static class DurableTaskHub
{
    public const string StorageSetting = "AzureWebJobsStorage";

    public static IServiceCollection AddDurableTaskHub(this IServiceCollection services)
    {
        services.AddSingleton(provider => Create(provider.GetRequiredService<DevelopmentHostOptions>(), provider.GetRequiredService<HostSettings>()));
        services.AddSingleton(provider => new TaskHubLifetime(provider.GetRequiredService<AzureStorageOrchestrationService>()));
        services.AddSingleton<IOrchestrationService>(provider => provider.GetRequiredService<TaskHubLifetime>());
        services.AddSingleton<IOrchestrationServiceClient>(provider => provider.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton<TaskHubGrpcServer>();
        services.AddSingleton<DurableBridge>();
        return services;
    }

    /// <summary>The task hub: <c>host.json</c>'s <c>extensions.durableTask.hubName</c> (else <c>DevelopmentHub</c>) in <c>AzureWebJobsStorage</c>.</summary>
    private static AzureStorageOrchestrationService Create(DevelopmentHostOptions options, HostSettings settings)
    {
        var connection = settings.App(StorageSetting)
            ?? throw new InvalidOperationException($"The app has Durable functions: set {StorageSetting} (UseDevelopmentStorage=true with Azurite).");
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = settings.HostJson("extensions", "durableTask", "hubName") is { Length: > 0 } hub ? hub : "DevelopmentHub",
            StorageAccountClientProvider = new StorageAccountClientProvider(connection),
            // Locally a restarted host takes over an instance within seconds, and a quiet hub is polled every second
            // (host.json extensions.durableTask.storageProvider.maxQueuePollingInterval, as in the Functions host).
            // Partition leases as short: a host that died (kill -9) without releasing its leases holds the hub for
            // this long, not the Azure default of 30 s.
            ControlQueueVisibilityTimeout = options.DurableLeaseTimeout,
            LeaseInterval = options.DurableLeaseTimeout,
            LeaseRenewInterval = options.DurableLeaseTimeout / 4,
            LeaseAcquireInterval = options.DurableLeaseTimeout / 4,
            MaxQueuePollingInterval = settings.HostJson("extensions", "durableTask", "storageProvider", "maxQueuePollingInterval") is { } polling
                ? TimeSpan.Parse(polling, System.Globalization.CultureInfo.InvariantCulture)
                : TimeSpan.FromSeconds(1),
        });
        service.CreateIfNotExistsAsync().GetAwaiter().GetResult();
        return service;
    }
}
