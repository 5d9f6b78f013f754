using System.Globalization;
using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Notifications;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Notifications;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>
/// The daily summary and weekly report timers: one email per user per period, at the user's chosen local time, with
/// the period's figures counted over the tenant's local days (a New York tenant, whose evening calls are the next day
/// in UTC).
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class ReportEmailTests(VoiceApiFixture api)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private NotificationTimerFunctions Timer => new(api.Service<ReportScheduler>(), api.Service<FeedPurge>(), NullLogger<NotificationTimerFunctions>.Instance);

    /// <summary>A tenant in New York with its admin signed in.</summary>
    private async Task<TenantSession> NewYorkTenantAsync()
    {
        var root = await api.SuperAdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var email = $"admin-{suffix}@tenant.test";
        const string password = "Tenant-Admin-Pass-1!";
        var response = await root.Client.PostJsonAsync("/api/admin/tenants", new
        {
            name = $"Manhattan {suffix}", businessType = "salon", timezone = "America/New_York",
            admin = new { fullName = "Nia York", email, password },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync();
        var tenant = new CreatedTenant(body.GetProperty("tenant").GetProperty("id").GetGuid(), $"Manhattan {suffix}",
            body.GetProperty("admin").GetProperty("id").GetGuid(), email, password);
        return new TenantSession(api, tenant, await api.SignInAsync(email, password));
    }

    /// <summary>Moves the clock to <paramref name="local"/> New York time.</summary>
    private void At(DateTime local) => api.Clock.AdvanceTo(new DateTimeOffset(local, NewYork.GetUtcOffset(local)));

    /// <summary>Calls a new contact now (as the tenant's admin, signed in afresh) and reports <paramref name="outcome"/>.</summary>
    private async Task CallAsync(TenantSession t, string phone, CallOutcome outcome)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var contact = await t.CreateContactAsync(new { name = "Rex Report", phone, appointmentTime = t.InDays(3) }, admin.Client);
        var response = await admin.Client.PostAsync($"/api/contacts/{contact.Str("id")}/call", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await api.RunDueWorkAsync();
        var session = (await response.ReadAsync()).GetProperty("callSessionId").GetGuid();
        Assert.True(await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, session, outcome, CancellationToken.None));
        await api.RunDueWorkAsync();
    }

    private async Task RunTimerAsync()
    {
        await Timer.SendDueReports(new TimerInfo(), CancellationToken.None);
        await api.RunDueWorkAsync();
    }

    [Fact]
    public async Task DailyAndWeekly_OnePerUserPerPeriod_AtTheirLocalTime_WithThePeriodsFiguresInTheTenantsZone()
    {
        var tuesday = LocalDate(api.NextTuesdayMorning(), NewYork);
        At(tuesday.AddHours(15));
        var t = await NewYorkTenantAsync();
        var weekly = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var nothing = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        // Cancellation alerts off for all three, so that the only emails are the reports.
        await t.Admin.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body["cancellationAlerts"] = false;
            body.Set("dailySummary", "enabled", true);
        }));
        await weekly.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body["cancellationAlerts"] = false;
            body.Set("weeklyReport", "enabled", true);
            body.Set("weeklyReport", "day", "wednesday");
        }));
        await nothing.SavePreferencesAsync(NotificationApi.Preferences(body => body["cancellationAlerts"] = false));

        await CallAsync(t, "07700 900301", CallOutcome.Confirmed);
        await CallAsync(t, "07700 900302", CallOutcome.Cancelled);
        At(tuesday.AddHours(19).AddMinutes(30)); // 00:30 UTC on Wednesday, still Tuesday in New York
        await CallAsync(t, "07700 900303", CallOutcome.NoAnswer);
        await CallAsync(t, "07700 900304", CallOutcome.RescheduleRequested);
        At(tuesday.AddDays(1).AddHours(8).AddMinutes(30)); // Wednesday 08:30: the next day's call
        await CallAsync(t, "07700 900305", CallOutcome.Confirmed);
        At(tuesday.AddDays(1).AddHours(8).AddMinutes(59));
        await RunTimerAsync();
        var beforeNine = TestMailServer.Shared.DeliveredTo(t.Tenant.AdminEmail).Count + TestMailServer.Shared.DeliveredTo(weekly.Email).Count;
        At(tuesday.AddDays(1).AddHours(9));
        await RunTimerAsync();
        await RunTimerAsync();
        At(tuesday.AddDays(1).AddHours(17));
        await RunTimerAsync();

        Assert.Equal(0, beforeNine);
        var day = tuesday.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var daily = Assert.Single(await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail));
        Assert.Equal($"{t.Tenant.Name}: Daily summary, {day}", daily.Subject);
        AssertFigures(daily.TextBody, placed: 4, confirmed: 1, cancelled: 1, reschedules: 1, unanswered: 1);
        Assert.Contains("America/New_York", daily.TextBody, StringComparison.Ordinal);
        var report = Assert.Single(await TestMailServer.Shared.WaitForAsync(weekly.Email));
        Assert.StartsWith($"{t.Tenant.Name}: Weekly report, ", report.Subject);
        AssertFigures(report.TextBody, placed: 4, confirmed: 1, cancelled: 1, reschedules: 1, unanswered: 1);
        Assert.Empty(TestMailServer.Shared.DeliveredTo(nothing.Email));

        At(tuesday.AddDays(2).AddHours(9)); // Thursday: Wednesday's summary, Wednesday's one call
        await RunTimerAsync();
        var next = await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail, 2);
        AssertFigures(next[1].TextBody, placed: 1, confirmed: 1, cancelled: 0, reschedules: 0, unanswered: 0);
        Assert.Single(TestMailServer.Shared.DeliveredTo(weekly.Email));
    }

    [Fact]
    public async Task SwitchedOnAfterItsTimeToday_TheFirstSummaryComesTomorrow_NotAtOnce()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = LocalDate(api.Clock.GetUtcNow(), london);
        api.Clock.AdvanceTo(new DateTimeOffset(today.AddHours(10), london.GetUtcOffset(today.AddHours(10))));
        var t = await TenantSession.StartAsync(api);

        await t.Admin.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body.Set("dailySummary", "enabled", true);
            body.Set("dailySummary", "time", "09:30");
        }));
        await RunTimerAsync();
        var sameDay = TestMailServer.Shared.DeliveredTo(t.Tenant.AdminEmail).Count;
        api.Clock.Advance(TimeSpan.FromDays(1));
        await RunTimerAsync();

        Assert.Equal(0, sameDay);
        Assert.Single(await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail));
    }

    private static DateTime LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).Date, DateTimeKind.Unspecified);

    private static void AssertFigures(string? text, int placed, int confirmed, int cancelled, int reschedules, int unanswered)
    {
        Assert.NotNull(text);
        Assert.Contains($"Calls placed: {placed}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Confirmed: {confirmed}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Cancelled: {cancelled}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Reschedule requests: {reschedules}\n", text, StringComparison.Ordinal);
        Assert.Contains($"No answer or failed: {unanswered}\n", text, StringComparison.Ordinal);
    }
}
