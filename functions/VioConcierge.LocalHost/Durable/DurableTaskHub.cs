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
        services.AddSingleton(provider => Create(provider.GetRequiredService<DevelopmentHostOptions>()));
        services.AddSingleton<IOrchestrationService>(provider => provider.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton<IOrchestrationServiceClient>(provider => provider.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton<TaskHubGrpcServer>();
        services.AddSingleton<DurableBridge>();
        return services;
    }

    /// <summary><c>host.json</c>'s <c>extensions.durableTask.hubName</c>, else <c>DevelopmentHub</c>.</summary>
    public static string HubName(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        if (File.Exists(path))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("durableTask", out var durable)
                && durable.TryGetProperty("hubName", out var hub) && hub.GetString() is { Length: > 0 } name)
            {
                return name;
            }
        }
        return "DevelopmentHub";
    }

    private static AzureStorageOrchestrationService Create(DevelopmentHostOptions options)
    {
        var connection = Environment.GetEnvironmentVariable(StorageSetting)
            ?? (options.AppSettings.TryGetValue(StorageSetting, out var configured) ? configured : null)
            ?? throw new InvalidOperationException($"The app has Durable functions: set {StorageSetting} (UseDevelopmentStorage=true with Azurite).");
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = HubName(options.AppDirectory),
            StorageAccountClientProvider = new StorageAccountClientProvider(connection),
            // Locally a restarted host takes over an instance within seconds, and a quiet hub is polled every second.
            ControlQueueVisibilityTimeout = options.DurableLeaseTimeout,
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
        });
        service.CreateIfNotExistsAsync().GetAwaiter().GetResult();
        return service;
    }
}
