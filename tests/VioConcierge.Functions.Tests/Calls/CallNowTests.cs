using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

[Collection(VoiceCollection.Name)]
public sealed class CallNowTests(VoiceApiFixture api)
{
    private async Task<(TenantSession T, string ContactId)> ContactAsync()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contact = await t.CreateContactAsync(new { name = "Carl Caller", phone = "07700 900123", appointmentTime = t.InDays(3) });
        return (t, contact.Str("id"));
    }

    [Fact]
    public async Task CallNow_PlacesAManualCallWhoseOutcomeUpdatesTheContact()
    {
        var (t, id) = await ContactAsync();

        var response = await t.Client.PostAsync($"/api/contacts/{id}/call", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sessionId = (await response.ReadAsync()).GetProperty("callSessionId").GetGuid();
        await api.RunDueWorkAsync();
        var call = await (await t.Client.GetAsync($"/api/calls/{sessionId}")).ReadAsync();
        await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, sessionId, CallOutcome.Cancelled, CancellationToken.None);

        Assert.Equal(("manual", "ringing"), (call.Str("kind"), call.Str("status")));
        Assert.Single(api.Voice.For(Guid.Parse(id)));
        Assert.Equal("cancelled", (await (await t.Client.GetAsync($"/api/contacts/{id}")).ReadAsync()).Str("status"));
    }

    [Fact]
    public async Task CallNow_Confirmed_StopsTheContactsScheduledReminder()
    {
        var (t, id) = await ContactAsync();
        await api.RunDueWorkAsync();
        var before = await (await t.Client.GetAsync($"/api/contacts/{id}/calls")).ReadAsync();

        var response = await t.Client.PostAsync($"/api/contacts/{id}/call", null);
        var sessionId = (await response.ReadAsync()).GetProperty("callSessionId").GetGuid();
        await api.RunDueWorkAsync();
        await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, sessionId, CallOutcome.Confirmed, CancellationToken.None);
        await api.RunDueWorkAsync();

        var after = (await (await t.Client.GetAsync($"/api/contacts/{id}/calls")).ReadAsync()).GetProperty("reminder");
        Assert.Equal("scheduled", before.GetProperty("reminder").Str("status"));
        Assert.Equal(("done", "contact_confirmed"), (after.Str("status"), after.Str("doneReason")));
    }

    [Fact]
    public async Task CallNow_AgainWithinEightHours_NamesTheFailedCheck()
    {
        var (t, id) = await ContactAsync();
        await t.Client.PostAsync($"/api/contacts/{id}/call", null);

        var again = await t.Client.PostAsync($"/api/contacts/{id}/call", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("recent_call", (await again.ReadAsync()).Str("check"));
    }

    [Fact]
    public async Task CallNow_OutsideCallingHours_Is422()
    {
        var (t, id) = await ContactAsync();
        api.Clock.Advance(TimeSpan.FromHours(11));
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);

        var response = await admin.Client.PostAsync($"/api/contacts/{id}/call", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("outside_calling_hours", (await response.ReadAsync()).Str("check"));
    }

    /// <summary>
    /// The platform sets one tenant's own limit (<c>Calls:Limits:Tenants:{id}:Concurrent</c>) while the host runs: that
    /// tenant's second call while the first is live is refused, another tenant's is not.
    /// </summary>
    [Fact]
    public async Task CallNow_TenantOverrideReloaded_ThatTenantsOwnLimitApplies_OthersKeepTheDefault()
    {
        var (limited, first) = await ContactAsync();
        var second = (await limited.CreateContactAsync(new { name = "Second Caller", phone = "07700 900124", appointmentTime = limited.InDays(3) })).Str("id");
        var other = await TenantSession.StartAsync(api);
        var otherFirst = (await other.CreateContactAsync(new { name = "Other Caller", phone = "07700 900125", appointmentTime = other.InDays(3) })).Str("id");
        var otherSecond = (await other.CreateContactAsync(new { name = "Other Second", phone = "07700 900126", appointmentTime = other.InDays(3) })).Str("id");
        // As a configuration refresh does: the new value, then the limits read again (their options cache dropped).
        api.Service<IConfiguration>()[$"Calls:Limits:Tenants:{limited.Tenant.TenantId}:Concurrent"] = "1";
        api.Service<IOptionsMonitorCache<CallLimitsOptions>>().TryRemove(Options.DefaultName);

        var limitedAnswers = new[] { await limited.Client.PostAsync($"/api/contacts/{first}/call", null), await limited.Client.PostAsync($"/api/contacts/{second}/call", null) };
        var otherAnswers = new[] { await other.Client.PostAsync($"/api/contacts/{otherFirst}/call", null), await other.Client.PostAsync($"/api/contacts/{otherSecond}/call", null) };

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], limitedAnswers.Select(r => r.StatusCode));
        Assert.Equal("concurrency_limit", (await limitedAnswers[1].ReadAsync()).Str("check"));
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted], otherAnswers.Select(r => r.StatusCode));
    }

    /// <summary>
    /// 100 Call Now requests at once, then the refused ones again each time the live calls end: never more than 5 calls
    /// live at once (a granted slot counts until its call ends, placed or not), every refusal a 429 with Retry-After,
    /// every accepted call placed, and 25 calls in the 15-minute window, after which every request is rate limited.
    /// </summary>
    [Fact]
    public async Task CallNow_HundredAtOnce_NeverMoreThanFiveLive_TheRestGet429_AndAreCalledWhenRetried_TwentyFivePerWindow()
    {
        var (t, _) = await ContactAsync();
        var waiting = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            waiting.Add((await t.CreateContactAsync(new { name = "Many Callers", phone = $"07700 9{i:D5}", appointmentTime = t.InDays(3) })).Str("id"));
        }

        var accepted = new List<string>();
        for (var round = 1; round <= 5; round++)
        {
            var responses = await Task.WhenAll(waiting.Select(id => t.Client.PostAsync($"/api/contacts/{id}/call", null)));
            var other = responses.Where(r => r.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.TooManyRequests)).ToArray();
            Assert.True(other.Length == 0, string.Join(" | ", await Task.WhenAll(other.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}"))));
            var now = waiting.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Accepted).ToArray();
            Assert.Equal(5, now.Length);
            var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
            // Until the fifth round fills the window, a slot frees when a live call ends: retry within a minute.
            Assert.All(limited, r => Assert.InRange(int.Parse(r.Headers.GetValues("Retry-After").Single()), 1, round < 5 ? 60 : 900));
            Assert.Equal(round < 5 ? "concurrency_limit" : "rate_limited", (await limited[0].ReadAsync()).Str("check"));

            await api.RunDueWorkAsync();
            Assert.All(now, id => Assert.Single(api.Voice.For(Guid.Parse(id))));
            Assert.Equal(5, await LiveCalls.EndAllAsync(api, t.Tenant.TenantId));
            accepted.AddRange(now);
            waiting.RemoveAll(now.Contains);
        }
        var afterWindow = await Task.WhenAll(waiting.Select(id => t.Client.PostAsync($"/api/contacts/{id}/call", null)));

        Assert.Equal(5, api.Voice.MaxLive(t.Tenant.TenantId));
        Assert.Equal(25, accepted.Count);
        Assert.Equal(75, afterWindow.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.All(afterWindow, r => Assert.InRange(int.Parse(r.Headers.GetValues("Retry-After").Single()), 1, 900));
        Assert.Equal("rate_limited", (await afterWindow[0].ReadAsync()).Str("check"));
    }

    [Fact]
    public async Task CallsOfAnotherTenant_Are404()
    {
        var (a, id) = await ContactAsync();
        var b = await TenantSession.StartAsync(api);
        var sessionId = (await (await a.Client.PostAsync($"/api/contacts/{id}/call", null)).ReadAsync()).GetProperty("callSessionId").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PostAsync($"/api/contacts/{id}/call", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/contacts/{id}/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/calls/{sessionId}")).StatusCode);
        Assert.False(await api.Service<CallOutcomeService>().OutcomeAsync(b.Tenant.TenantId, sessionId, CallOutcome.Confirmed, CancellationToken.None));
    }

    [Fact]
    public async Task CallSettings_ValidateAndChangeTheCallingWindow()
    {
        var (t, _) = await ContactAsync();

        var bad = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/calls", new { defaultCallTimingHours = 5, maxRetryAttempts = 9, windowStart = "21:00:00", windowEnd = "09:00:00" });
        var good = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/calls", new { maxRetryAttempts = 1, weekendCalling = true });
        var business = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/business", new { bankHolidayRegion = "Scotland" });

        var problem = await bad.ReadAsync();
        Assert.NotEmpty(problem.Errors("defaultCallTimingHours"));
        Assert.NotEmpty(problem.Errors("maxRetryAttempts"));
        Assert.NotEmpty(problem.Errors("windowEnd"));
        Assert.True(good.StatusCode == HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        Assert.Equal(1, (await (await t.Client.GetAsync("/api/settings/calls")).ReadAsync()).GetProperty("maxRetryAttempts").GetInt32());
        Assert.True(business.StatusCode == HttpStatusCode.OK, await business.Content.ReadAsStringAsync());
    }
}
