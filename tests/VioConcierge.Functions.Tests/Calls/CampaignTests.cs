using System.Net;
using Dapper;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Calls;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Calls;

[Collection(VoiceCollection.Name)]
public sealed class CampaignTests(VoiceApiFixture api)
{
    [Fact]
    public async Task Campaign_CallsTheGroupPacedByTheInterval_AndCanBePausedAndResumed()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var ids = new List<string>();
        foreach (var (name, i) in new[] { "Ann Alpha", "Ben Beta", "Cat Gamma" }.Select((n, i) => (n, i)))
        {
            ids.Add((await t.CreateContactAsync(name, $"07700 90012{i}", days: 5)).Str("id"));
        }
        var group = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "Recall", contactIds = ids })).ReadAsync()).Str("id");

        var started = await t.Client.PostJsonAsync($"/api/groups/{group}/campaigns", new { intervalMinutes = 5 });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var campaign = (await started.ReadAsync()).Str("id");
        await api.RunDueWorkAsync();
        Assert.Single(ids, id => api.Voice.For(Guid.Parse(id)).Count == 1);

        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await api.RunDueWorkAsync();
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var pause = await admin.Client.PostAsync($"/api/campaigns/{campaign}/pause", null);
        Assert.True(pause.StatusCode == HttpStatusCode.OK, await pause.Content.ReadAsStringAsync());
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        await api.RunDueWorkAsync();
        var pausedResponse = await admin.Client.GetAsync($"/api/campaigns/{campaign}");
        Assert.True(pausedResponse.StatusCode == HttpStatusCode.OK, await pausedResponse.Content.ReadAsStringAsync());
        var paused = await pausedResponse.ReadAsync();
        Assert.Equal(("paused", 2, 1), (paused.Str("status"), paused.GetProperty("done").GetInt32(), paused.GetProperty("remaining").GetInt32()));

        var sessionId = api.Voice.For(Guid.Parse(ids[0])).Single().CallSessionId;
        await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, sessionId, CallOutcome.Confirmed, CancellationToken.None);
        await admin.Client.PostAsync($"/api/campaigns/{campaign}/resume", null);
        await api.RunDueWorkAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await api.RunDueWorkAsync();

        admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var finished = await (await admin.Client.GetAsync($"/api/campaigns/{campaign}")).ReadAsync();
        Assert.Equal("completed", finished.Str("status"));
        Assert.Equal(3, finished.GetProperty("done").GetInt32());
        Assert.Equal(1.0, finished.GetProperty("successRate").GetDouble());
        Assert.All(ids, id => Assert.Single(api.Voice.For(Guid.Parse(id))));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Client.PostAsync($"/api/campaigns/{campaign}/pause", null)).StatusCode);
    }

    [Fact]
    public async Task Campaign_InvalidIntervalOrAnotherTenantsCampaign_AreRefused()
    {
        api.NextTuesdayMorning();
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var id = (await a.CreateContactAsync("Only Member")).Str("id");
        var group = (await (await a.Client.PostJsonAsync("/api/groups", new { name = "Solo", contactIds = new[] { id } })).ReadAsync()).Str("id");

        var badInterval = await a.Client.PostJsonAsync($"/api/groups/{group}/campaigns", new { intervalMinutes = 0 });
        var campaign = (await (await a.Client.PostJsonAsync($"/api/groups/{group}/campaigns", new { })).ReadAsync()).Str("id");

        Assert.NotEmpty((await badInterval.ReadAsync()).Errors("intervalMinutes"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/campaigns/{campaign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PostAsync($"/api/campaigns/{campaign}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PostJsonAsync($"/api/groups/{group}/campaigns", new { })).StatusCode);
    }

    [Fact]
    public async Task ManyFailedCalls_PauseTheTenantAutomatically_AuditedAndOperatorsAndTheTenantsUsersNotified()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contactId = Guid.Parse((await t.CreateContactAsync("Fay Failing")).Str("id"));
        var now = api.Clock.GetUtcNow();
        var sessions = new List<Guid>();
        await using (var uow = await api.Service<Database>().BeginTenantAsync(t.Tenant.TenantId, CancellationToken.None))
        {
            for (var i = 0; i < 20; i++)
            {
                var session = await api.Service<PostgresCallSessionStore>().CreateOnceAsync(uow, new CallSessionRow
                {
                    TenantId = t.Tenant.TenantId,
                    Id = Ids.New(api.Clock),
                    ContactId = contactId,
                    Kind = "manual",
                    IdempotencyKey = $"test:{i}",
                    CreatedAt = now,
                    UpdatedAt = now,
                }, CancellationToken.None);
                sessions.Add(session.Id);
            }
            await uow.CommitAsync(CancellationToken.None);
        }
        var outcomes = api.Service<CallOutcomeService>();
        for (var i = 0; i < 20; i++)
        {
            await outcomes.OutcomeAsync(t.Tenant.TenantId, sessions[i], i < 11 ? CallOutcome.Failed : CallOutcome.Confirmed, CancellationToken.None);
        }
        await api.RunDueWorkAsync();

        var root = await api.SuperAdminAsync();
        var tenant = await (await root.Client.GetAsync($"/api/admin/tenants/{t.Tenant.TenantId}")).ReadAsync();
        Assert.Equal("paused", tenant.Str("status"));
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=tenant.auto_paused")).ReadAsync();
        Assert.Equal(1, audit.GetProperty("total").GetInt64());
        await using var platform = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        Assert.Equal(1, await platform.QuerySingleAsync<long>("SELECT count(*) FROM platform_notifications WHERE tenant_id = @Id AND kind = 'tenant_auto_paused'",
            new { Id = t.Tenant.TenantId }, CancellationToken.None));
        var feed = await (await t.Client.GetAsync("/api/me/notifications/feed")).ReadAsync();
        var paused = Assert.Single(feed.GetProperty("items").EnumerateArray(), item => item.Str("type") == "tenant_paused");
        Assert.StartsWith("Paused automatically: ", paused.Str("message"));
        Assert.Contains("of the last 20 calls failed.", paused.Str("message"));
    }
}
