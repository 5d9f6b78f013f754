using System.Net.Http.Json;
using System.Text;
using Azure.Storage.Queues;
using VioConcierge.LocalHost;

namespace VioConcierge.LocalHost.Tests;

/// <summary>
/// The development host runs queue-triggered functions from Azurite as the Functions host does: every message is taken
/// once and removed when the function succeeds; a message that keeps failing is retried and, after the fifth attempt,
/// moved to the poison queue with its text.
/// </summary>
public sealed class QueueTriggerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Messages_AreEachTakenOnce_AndRemoved()
    {
        // Arrange
        var queueName = "sample-" + Guid.NewGuid().ToString("N")[..12];
        var queue = new QueueClient(SampleApp.Storage, queueName);
        await queue.CreateAsync();
        await using var host = await SampleApp.StartAsync(new() { ["SampleQueue"] = queueName });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        // Act
        foreach (var text in new[] { "first", "second", "third" })
        {
            await queue.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
        }
        var taken = await UntilAsync(client, found => new[] { "first#1", "second#1", "third#1" }.All(found.Contains));

        // Assert
        Assert.Equal(3, taken.Count(item => item is "first#1" or "second#1" or "third#1"));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task AFailingMessage_IsTriedFiveTimes_ThenMovedToThePoisonQueue()
    {
        // Arrange
        var queueName = "sample-" + Guid.NewGuid().ToString("N")[..12];
        var queue = new QueueClient(SampleApp.Storage, queueName);
        var poison = new QueueClient(SampleApp.Storage, queueName + "-poison");
        await queue.CreateAsync();
        await using var host = await SampleApp.StartAsync(new() { ["SampleQueue"] = queueName });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        // Act
        await queue.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes("fail")));
        var taken = await UntilAsync(client, found => found.Contains($"fail#{QueueTriggers.DefaultMaxDequeueCount}"));
        var deadline = DateTime.UtcNow + Patience;
        while (!(await poison.ExistsAsync()).Value || (await poison.PeekMessagesAsync(1)).Value.Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "nothing reached the poison queue");
            await Task.Delay(200);
        }

        // Assert
        Assert.Equal(Enumerable.Range(1, QueueTriggers.DefaultMaxDequeueCount).Select(n => $"fail#{n}"), taken.Where(item => item.StartsWith("fail#", StringComparison.Ordinal)));
        var poisoned = Assert.Single((await poison.PeekMessagesAsync(10)).Value);
        Assert.Equal("fail", Encoding.UTF8.GetString(Convert.FromBase64String(poisoned.MessageText)));
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }


    private static async Task<string[]> UntilAsync(HttpClient client, Func<string[], bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var taken = await client.GetFromJsonAsync<string[]>("/taken") ?? [];
            if (done(taken))
            {
                return taken;
            }
            Assert.True(DateTime.UtcNow < deadline, $"taken so far: {string.Join(", ", taken)}");
            await Task.Delay(200);
        }
    }
}
