using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Azurite, started by <c>scripts/test.sh</c> (<c>scripts/azurite.sh</c>), and the queues a test host gets on it.</summary>
public static class TestStorage
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    /// <summary>A queue of the test database's own (queue names: lower case, digits and single hyphens, at most 63).</summary>
    public static string QueueName(TestDatabase database, string purpose) =>
        $"{purpose}-{database.Name.Replace('_', '-').ToLowerInvariant()}" is var name && name.Length <= 63 ? name : name[..63].TrimEnd('-');

    /// <summary>The test database's own Durable task hub (letters and digits, starting with a letter, at most 45).</summary>
    public static string HubName(TestDatabase database) => database.Name.Replace("_", "", StringComparison.Ordinal);

    /// <summary>The texts of the messages (up to 32) in the poison queue of the queue <paramref name="kind"/>'s work goes to.</summary>
    public static async Task<IReadOnlyList<string>> PoisonMessagesAsync(IServiceProvider services, string kind)
    {
        var options = services.GetRequiredService<IOptions<WorkQueueOptions>>().Value;
        var poison = new QueueClient(ConnectionString, options.QueueFor(kind) + "-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        return await poison.ExistsAsync()
            ? (await poison.PeekMessagesAsync(32)).Value.Select(message => message.Body.ToString()).ToArray()
            : [];
    }

    /// <summary>
    /// Whether a message naming work item <paramref name="id"/> reaches the poison queue within a few seconds (the host
    /// moves a message there after its last failed delivery has been recorded).
    /// </summary>
    public static async Task<bool> PoisonedAsync(IServiceProvider services, string kind, Guid id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        do
        {
            if ((await PoisonMessagesAsync(services, kind)).Any(text => WorkMessage.Parse(text)?.Items.Any(item => item.Id == id) == true))
            {
                return true;
            }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    /// <summary>Deletes the test host's queues and their poison queues.</summary>
    public static async Task DeleteQueuesAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var service = new QueueServiceClient(settings.TryGetValue("AzureWebJobsStorage", out var storage) && storage is not null ? storage : ConnectionString);
        foreach (var name in new[] { settings["Work:Queue"], settings["Work:CallQueue"] }.OfType<string>())
        {
            await service.GetQueueClient(name).DeleteIfExistsAsync();
            await service.GetQueueClient(name + "-poison").DeleteIfExistsAsync();
        }
    }
}
