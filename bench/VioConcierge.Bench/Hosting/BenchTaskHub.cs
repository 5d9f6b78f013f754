using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using DurableTask.AzureStorage;

namespace VioConcierge.Bench.Hosting;

/// <summary>
/// The run's own Durable task hub on Azurite (reminder timers wait for their moment in orchestrations there), named
/// after the bench database like the work queues, so no other host on the emulator (a test run, the development host,
/// an earlier bench run left behind) runs or counts this run's orchestrations. Deleted at the end with its queues,
/// tables and containers (the app-lease one too).
/// </summary>
public static class BenchTaskHub
{
    /// <summary>The app setting that overrides <c>host.json</c>'s <c>extensions.durableTask.hubName</c>.</summary>
    public const string Setting = "AzureFunctionsJobHost__extensions__durableTask__hubName";

    /// <summary>Letters and digits, starting with a letter (a task hub's rule): the database name without its underscores.</summary>
    public static string NameFor(string databaseName) => databaseName.Replace("_", "", StringComparison.Ordinal);

    public static async Task DeleteAsync(string name, string connectionString)
    {
        try
        {
            var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
            {
                TaskHubName = name,
                StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            });
            await service.DeleteAsync();
            // The app-lease container is left behind while a killed host's lease on it runs (the contacts and webhooks
            // hosts are killed): break the lease, then delete it.
            var appLease = new BlobContainerClient(connectionString, $"{name.ToLowerInvariant()}-applease");
            if (await appLease.ExistsAsync())
            {
                try
                {
                    await appLease.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);
                }
                catch (Azure.RequestFailedException exception) when (exception.Status == 409)
                {
                    // No lease held: nothing to break.
                }
                await appLease.DeleteIfExistsAsync();
            }
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or InvalidOperationException or HttpRequestException)
        {
            Console.Error.WriteLine($"the task hub {name} could not be deleted ({exception.GetType().Name}); delete its queues, tables and containers by hand");
        }
    }
}
