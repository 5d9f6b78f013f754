using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VioConcierge.LocalHost.Tests;

/// <summary>
/// The development host runs an app's Durable functions as the Functions host does: a Durable client in an HTTP
/// function starts an orchestration in the task hub (Azure Storage on Azurite), the host runs its steps on the
/// orchestrator function, fires its durable timer, runs its activity on the activity function and delivers the external
/// event raised through the client; an instance outlives a restart of the host and its worker.
/// </summary>
public sealed class DurableFunctionsTests
{
    /// <summary>
    /// How long an instance may take to finish. After a restart the new host first waits out the old one's partition
    /// leases (Azure Storage: 30 s, renewed every 10 s), which under a loaded machine (the other test assemblies run
    /// alongside) took more than a minute once.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Orchestration_RunsTimerActivityAndEvent_ToCompletion()
    {
        // Arrange
        var id = "reminder-" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await SampleApp.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        // Act
        var started = await client.PostAsync($"/reminders/{id}", null);
        var called = await UntilAsync(client, id, Called);
        await client.PostAsync($"/reminders/{id}/outcome/confirmed", null);
        var done = await UntilAsync(client, id, state => state.GetProperty("status").GetString() == "Completed");

        // Assert
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("Running", called.GetProperty("status").GetString());
        Assert.Equal($"\"call-for-{id}\"", called.GetProperty("custom").GetString());
        Assert.Equal($"\"call-for-{id}:confirmed\"", done.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Instance_OutlivesARestartOfTheHostAndWorker()
    {
        // Arrange
        var id = "restart-" + Guid.NewGuid().ToString("N")[..10];
        await using (var first = await SampleApp.StartAsync())
        {
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/reminders/{id}", null)).StatusCode);
        }

        // Act
        await using var second = await SampleApp.StartAsync();
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        var called = await UntilAsync(again, id, Called);
        await again.PostAsync($"/reminders/{id}/outcome/cancelled", null);
        var done = await UntilAsync(again, id, state => state.GetProperty("status").GetString() == "Completed");

        // Assert
        Assert.Equal($"\"call-for-{id}\"", called.GetProperty("custom").GetString());
        Assert.Equal($"\"call-for-{id}:cancelled\"", done.GetProperty("output").GetString());
    }

    /// <summary>The activity has run: the orchestration recorded the call it placed as its custom status.</summary>
    private static bool Called(JsonElement state) => state.GetProperty("custom").GetString() is { } custom && custom != "null";


    private static async Task<JsonElement> UntilAsync(HttpClient client, string id, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var response = await client.GetAsync($"/reminders/{id}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var state = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (done(state) || DateTime.UtcNow > deadline)
                {
                    Assert.True(done(state), $"reminder {id} still {state} after {Patience}");
                    return state;
                }
            }
            else
            {
                Assert.True(DateTime.UtcNow < deadline, $"reminder {id}: {(int)response.StatusCode} after {Patience}");
            }
            await Task.Delay(200);
        }
    }
}
