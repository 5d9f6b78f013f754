using Azure.Storage.Queues;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Azurite, started by <c>scripts/test.sh</c> (<c>scripts/azurite.sh</c>), and the queues a test host gets on it.</summary>
public static class TestStorage
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    /// <summary>A queue of the test database's own (queue names: lower case, digits and single hyphens, at most 63).</summary>
    public static string QueueName(TestDatabase database, string purpose) =>
        $"{purpose}-{database.Name.Replace('_', '-').ToLowerInvariant()}" is var name && name.Length <= 63 ? name : name[..63].TrimEnd('-');

    /// <summary>Deletes the test host's queues and their poison queues.</summary>
    public static async Task DeleteQueuesAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var service = new QueueServiceClient(ConnectionString);
        foreach (var name in new[] { settings["Work:Queue"], settings["Work:CallQueue"] }.OfType<string>())
        {
            await service.GetQueueClient(name).DeleteIfExistsAsync();
            await service.GetQueueClient(name + "-poison").DeleteIfExistsAsync();
        }
    }
}
