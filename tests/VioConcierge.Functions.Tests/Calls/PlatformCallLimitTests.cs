using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// The platform-wide limit (500 calls a minute, every tenant together), taken in a transaction of its own: a full
/// minute defers scheduled calls and refuses Call Now, and a slot taken for a call that does not go ahead is given back.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class PlatformCallLimitTests(VoiceApiFixture api)
{
    [Fact]
    public async Task ScheduledCall_WhileThePlatformMinuteIsFull_WaitsThenIsDialledOnce()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = tuesday.AddDays(3).AddHours(4);
        var contactId = (await t.CreateContactAsync(new { name = "Pat Platform", phone = "07700 900321", appointmentTime = appointment.ToString("O") }))
            .GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        var callAt = appointment.AddHours(-24);
        api.Clock.AdvanceTo(callAt);

        await FillPlatformMinuteAsync(callAt);
        try
        {
            await api.RunDueWorkAsync();
        }
        finally
        {
            await EmptyPlatformMinuteAsync(callAt);
        }
        var deferred = await t.TimelineAsync(contactId);
        var tenantSlots = await api.CountAsync("SELECT count(*) FROM call_slots WHERE tenant_id = @TenantId", new { t.Tenant.TenantId });
        var retryAt = deferred.GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();
        api.Clock.AdvanceTo(retryAt);
        await api.RunDueWorkAsync();

        Assert.Contains(deferred.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "platform_limit");
        Assert.Equal("scheduled", deferred.GetProperty("reminder").Str("status"));
        Assert.Equal(0, tenantSlots);
        Assert.InRange(retryAt, callAt.AddSeconds(1), callAt.AddMinutes(2));
        Assert.Single(api.Voice.For(contactId));
    }

    [Fact]
    public async Task ScheduledCallsDueTogether_WithTwoPlatformSlotsLeft_TwoAreDialled_TheThirdWaits()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = tuesday.AddDays(3).AddHours(6);
        var contacts = new List<Guid>();
        foreach (var (name, phone) in new[] { ("Tia Three", "07700 900331"), ("Tom Three", "07700 900332"), ("Tess Three", "07700 900333") })
        {
            contacts.Add((await t.CreateContactAsync(new { name, phone, appointmentTime = appointment.ToString("O") })).GetProperty("id").GetGuid());
        }
        await api.RunDueWorkAsync();
        var callAt = appointment.AddHours(-24);
        api.Clock.AdvanceTo(callAt);

        await FillPlatformMinuteAsync(callAt, 498);
        try
        {
            await api.RunDueWorkAsync();
        }
        finally
        {
            await EmptyPlatformMinuteAsync(callAt, 498);
        }
        var dialled = contacts.Where(id => api.Voice.For(id).Count == 1).ToArray();
        var waiting = Assert.Single(contacts.Except(dialled));
        var deferred = await t.TimelineAsync(waiting);

        Assert.Equal(2, dialled.Length);
        Assert.Contains(deferred.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "platform_limit");
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM call_slots WHERE tenant_id = @TenantId", new { t.Tenant.TenantId }));
    }

    [Fact]
    public async Task CallNow_WhileThePlatformMinuteIsFull_Is429NamingThePlatformLimit()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync(new { name = "Nina Now", phone = "07700 900322", appointmentTime = t.InDays(3) })).Str("id");
        var now = api.Clock.GetUtcNow();

        await FillPlatformMinuteAsync(now);
        HttpResponseMessage response;
        try
        {
            response = await t.Client.PostAsync($"/api/contacts/{id}/call", null);
        }
        finally
        {
            await EmptyPlatformMinuteAsync(now);
        }
        var again = await t.Client.PostAsync($"/api/contacts/{id}/call", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("platform_limit", (await response.ReadAsync()).Str("check"));
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single()), 1, 61);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    [Fact]
    public async Task CallNow_RefusedByACheckAfterTheLimits_GivesThePlatformSlotBack()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync(new { name = "Gina Giveback", phone = "07700 900323", appointmentTime = t.InDays(3) })).Str("id");
        var first = await t.Client.PostAsync($"/api/contacts/{id}/call", null);
        var counted = await PlatformCallsAsync();

        var again = await t.Client.PostAsync($"/api/contacts/{id}/call", null);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("recent_call", (await again.ReadAsync()).Str("check"));
        Assert.Equal(counted, await PlatformCallsAsync());
    }

    private Task<long> PlatformCallsAsync() => api.CountAsync("SELECT coalesce(sum(calls), 0) FROM platform_call_counts");

    private async Task FillPlatformMinuteAsync(DateTimeOffset at, int calls = 500)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        await uow.ExecuteAsync("""
            INSERT INTO platform_call_counts AS c (second, calls) VALUES (date_trunc('second', @At), @Calls)
            ON CONFLICT (second) DO UPDATE SET calls = c.calls + @Calls
            """, new { At = at, Calls = calls }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
    }

    private async Task EmptyPlatformMinuteAsync(DateTimeOffset at, int calls = 500)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        await uow.ExecuteAsync("UPDATE platform_call_counts SET calls = greatest(calls - @Calls, 0) WHERE second = date_trunc('second', @At)",
            new { At = at, Calls = calls }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
    }

}
