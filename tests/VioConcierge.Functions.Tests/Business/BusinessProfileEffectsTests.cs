using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Business;

/// <summary>What a business profile change does elsewhere: type-based settings, reminder plans, sessions.</summary>
[Collection(ApiCollection.Name)]
public sealed class BusinessProfileEffectsTests(ApiFixture api)
{
    [Fact]
    public async Task BusinessTypeChange_KeepsTheTypeBasedSettings_AndListsWhereTheNewTypesDefaultsDiffer()
    {
        var t = await TenantSession.StartAsync(api, "salon");

        var response = await t.Client.PatchProfileAsync(new { businessType = "medical" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var differences = (await response.ReadAsync()).GetProperty("typeDefaultDifferences").EnumerateArray()
            .ToDictionary(d => d.Str("setting"), d => (d.Str("current"), d.Str("typeDefault")));
        Assert.Equal(new Dictionary<string, (string, string)>
        {
            ["calls.voiceTone"] = ("friendly", "medical"),
            ["calls.personalisationLevel"] = ("enhanced", "minimal"),
            ["compliance.hipaaMode"] = ("false", "true"),
            ["compliance.phiAction"] = ("warn", "block"),
        }, differences);
        var calls = await (await t.Client.GetAsync("/api/settings/calls")).ReadAsync();
        var compliance = await (await t.Client.GetAsync("/api/settings/compliance")).ReadAsync();
        Assert.Equal(("friendly", "enhanced"), (calls.Str("voiceTone"), calls.Str("personalisationLevel")));
        Assert.Equal((false, "warn"), (compliance.GetProperty("hipaaMode").GetBoolean(), compliance.Str("phiAction")));
        Assert.Equal(4, (await t.Client.ProfileAsync()).GetProperty("typeDefaultDifferences").GetArrayLength());
    }

    [Fact]
    public async Task TimezoneChange_ReplansEveryWaitingReminder_SaysHowMany_AndACallOutsideTheNewHoursMoves()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        // Thursday 09:00 UTC: called Wednesday 09:00, inside London's hours, 04:00 in New York.
        var early = await t.CreateContactAsync(new { name = "Early Bird", phone = "07700 900201", appointmentTime = tuesday.AddDays(2).AddHours(-1).ToString("O") });
        // Next Tuesday 15:00 UTC: called Monday 15:00, 10:00 in New York: allowed in both zones.
        var late = await t.CreateContactAsync(new { name = "Late Riser", phone = "07700 900202", appointmentTime = tuesday.AddDays(7).AddHours(5).ToString("O") });
        await t.CreateContactAsync(new { name = "No Appointment", phone = "07700 900203" });
        // Confirmed by the practice: its reminder is done, not waiting, and is not re-planned.
        var confirmed = await t.CreateContactAsync(new { name = "Already Confirmed", phone = "07700 900204", appointmentTime = tuesday.AddDays(4).ToString("O") });
        await api.RunDueWorkAsync();
        var confirm = await t.Client.PostJsonAsync($"/api/contacts/{confirmed.Str("id")}/status", new { status = "confirmed", reason = "Confirmed at the desk." });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        await api.RunDueWorkAsync();
        var earlyId = early.GetProperty("id").GetGuid();
        var before = (await t.TimelineAsync(earlyId)).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();
        var lateBefore = (await t.TimelineAsync(late.GetProperty("id").GetGuid())).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();

        var other = await t.Client.PatchProfileAsync(new { industryCategory = "Dentistry" });
        var response = await t.Client.PatchProfileAsync(new { timezone = "America/New_York" });
        await api.RunDueWorkAsync();

        Assert.Equal(0, (await other.ReadAsync()).GetProperty("replannedReminders").GetInt32());
        Assert.Equal(2, (await response.ReadAsync()).GetProperty("replannedReminders").GetInt32());
        var timeline = await t.TimelineAsync(earlyId);
        var after = timeline.GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();
        var local = TimeZoneInfo.ConvertTime(after, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 9, 0, 0, TimeSpan.Zero).TimeOfDay, before.TimeOfDay);
        Assert.True(after < before && local.Hour is >= 8 and < 20, $"moved from {before:O} to {after:O} ({local:HH:mm} in New York)");
        Assert.Contains(timeline.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "timezone_changed");
        Assert.Equal(lateBefore, (await t.TimelineAsync(late.GetProperty("id").GetGuid())).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task SessionIdleTimeout_AppliesToSessionsAlreadyOpen_AndToNewOnes()
    {
        var t = await TenantSession.StartAsync(api);
        var other = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var staffElsewhere = await api.SignInAsync(await api.AddStaffAsync(other.Tenant.TenantId), TestUsers.StaffPassword);

        Assert.Equal(HttpStatusCode.OK, (await t.Client.PatchProfileAsync(new { sessionIdleTimeoutHours = 2 })).StatusCode);
        api.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        var refresh = await api.Anonymous().PostJsonAsync("/api/auth/refresh", new { refreshToken = staff.RefreshToken });
        var refreshElsewhere = await api.Anonymous().PostJsonAsync("/api/auth/refresh", new { refreshToken = staffElsewhere.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshElsewhere.StatusCode);

        var fresh = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        api.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostJsonAsync("/api/auth/refresh", new { refreshToken = fresh.RefreshToken })).StatusCode);
    }
}
