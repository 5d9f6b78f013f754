using System.Diagnostics.Metrics;
using VioConcierge.Functions.Campaigns;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// What an operator sees in Application Insights: request and PostgreSQL spans, every span of an orchestration's
/// activity tagged with its instance id, and the counters of calls, outcomes and webhook deliveries; never a
/// customer's name or number in any span.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TelemetryApiFixture api)
{
    private const string Name = "Quentin Telemetrysson";
    private const string Phone = "07700 900987";

    [Fact]
    public async Task ACampaignCall_ItsWebhooksAndOutcome_ShowInSpansAndCounters_WithoutPersonalData()
    {
        using var counters = new CounterReadings(api.Service<IMeterFactory>());
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contactId = Guid.Parse((await t.CreateContactAsync(Name, Phone)).Str("id"));
        (await t.Client.GetAsync("/api/contacts?search=Telemetrysson")).EnsureSuccessStatusCode();
        var group = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "Recall", contactIds = new[] { contactId } })).ReadAsync()).Str("id");
        var campaign = Guid.Parse((await (await t.Client.PostJsonAsync($"/api/groups/{group}/campaigns", new { })).ReadAsync()).Str("id"));
        await api.RunDueWorkAsync();
        var sessionId = api.Voice.For(contactId).Single().CallSessionId;

        var analyzed = RetellEvents.Body("call_analyzed", "call_telemetry_1", t.Tenant.TenantId, sessionId);
        var signature = RetellEvents.Sign(analyzed, api.Clock.GetUtcNow());
        var client = api.Anonymous();
        (await RetellEvents.PostAsync(client, analyzed, signature)).EnsureSuccessStatusCode();
        (await RetellEvents.PostAsync(client, analyzed, signature)).EnsureSuccessStatusCode();
        await RetellEvents.PostAsync(client, analyzed, RetellEvents.Sign(analyzed, api.Clock.GetUtcNow(), "not-the-key"));
        await api.RunDueWorkAsync();

        Assert.Equal("confirmed", (await (await t.Client.GetAsync($"/api/calls/{sessionId}")).ReadAsync()).Str("outcome"));
        Assert.Equal(1, counters["vio.calls.placed{result=placed}"]);
        Assert.Equal(1, counters["vio.calls.ended{outcome=confirmed}"]);
        Assert.Equal((1, 1, 1), (counters["vio.webhooks.deliveries{provider=retell,result=accepted}"],
            counters["vio.webhooks.deliveries{provider=retell,result=deduplicated}"], counters["vio.webhooks.deliveries{provider=retell,result=refused}"]));
        var spans = api.Spans.ToArray();
        var instanceId = new CampaignRun(t.Tenant.TenantId, campaign).InstanceId;
        Assert.Contains(spans, span => span.Source.Name == "Npgsql" && (string?)span.GetTagItem(OrchestrationSpans.InstanceIdTag) == instanceId);
        Assert.Contains(spans, span => span.GetTagItem("url.path") is "/api/contacts");
        var personal = new[] { "Telemetrysson", "900987", "Quentin" };
        var leaks = spans.SelectMany(span => span.TagObjects.Select(tag => $"{span.DisplayName} {tag.Key}={tag.Value}").Append(span.DisplayName))
            .Where(text => personal.Any(text.Contains)).ToArray();
        Assert.Empty(leaks);
    }
}
