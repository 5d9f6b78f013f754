using System.Net;
using Microsoft.DurableTask.Client;
using VioConcierge.Functions.Campaigns;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// A campaign runs as one orchestration on the task hub. Its timers here sleep until the next step (minutes away in
/// real time), so a pause, resume or cancel that takes effect at once did so through the event the change raised.
/// </summary>
[Collection(OrchestrationCollection.Name)]
public sealed class CampaignOrchestrationTests(OrchestrationApiFixture api)
{
    [Fact]
    public async Task PauseResumeAndCancel_ReachTheCampaignsOrchestrationAtOnce()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var ids = new List<Guid>();
        foreach (var (name, i) in new[] { "Ann Alpha", "Ben Beta", "Cat Gamma" }.Select((n, i) => (n, i)))
        {
            ids.Add(Guid.Parse((await t.CreateContactAsync(name, $"07700 90013{i}", days: 5)).Str("id")));
        }
        var group = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "Recall", contactIds = ids })).ReadAsync()).Str("id");
        var campaign = Guid.Parse((await (await t.Client.PostJsonAsync($"/api/groups/{group}/campaigns", new { intervalMinutes = 30 })).ReadAsync()).Str("id"));
        var instanceId = new CampaignRun(t.Tenant.TenantId, campaign).InstanceId;

        await api.RunDueWorkAsync();
        var afterStart = Called(ids);
        var running = await api.Factory.DurableClient.GetInstanceAsync(instanceId);
        await ChangeAsync(t, campaign, "pause");
        await ChangeAsync(t, campaign, "resume");
        var afterResume = Called(ids);
        await ChangeAsync(t, campaign, "cancel");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var ended = await api.Factory.DurableClient.WaitForInstanceCompletionAsync(instanceId, patience.Token);

        Assert.Equal(1, afterStart);
        Assert.Equal(OrchestrationRuntimeStatus.Running, running?.RuntimeStatus);
        Assert.Equal(2, afterResume);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        var progress = await (await t.Client.GetAsync($"/api/campaigns/{campaign}")).ReadAsync();
        Assert.Equal(("cancelled", 2, 1), (progress.Str("status"), progress.GetProperty("done").GetInt32(), progress.GetProperty("remaining").GetInt32()));
        Assert.Equal(2, Called(ids));
    }

    /// <summary>Changes the campaign and relays the change's signal; resuming also waits for the step it makes due.</summary>
    private async Task ChangeAsync(TenantSession t, Guid campaign, string action)
    {
        var response = await t.Client.PostAsync($"/api/campaigns/{campaign}/{action}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await api.RunDueWorkAsync();
    }

    private int Called(IEnumerable<Guid> contacts) => contacts.Sum(id => api.Voice.For(id).Count);
}
