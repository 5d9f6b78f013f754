using System.Net;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Notifications;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>
/// Events reach the feeds of the tenant's users whose preferences want them, and nobody else's: a customer's answer
/// on a call, an invalid number, a reminder that ran out of attempts, the tenant paused by the platform.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class NotificationEventTests(VoiceApiFixture api)
{
    /// <summary>
    /// A tenant on a Tuesday morning with its admin (default preferences) and two staff: Keen hears of every call
    /// outcome, in the app only; Quiet hears of no call results and no cancellations.
    /// </summary>
    private async Task<(TenantSession T, SignedIn Keen, SignedIn Quiet)> TeamAsync()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var keen = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var quiet = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        await keen.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body["callCompletion"] = "all_outcomes";
            body.Set("channels", "email", false);
        }));
        await quiet.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body["callCompletion"] = "none";
            body["cancellationAlerts"] = false;
        }));
        return (t, keen, quiet);
    }

    /// <summary>Calls the contact now and reports <paramref name="outcome"/> for the call.</summary>
    private async Task<Guid> CallNowAsync(TenantSession t, string name, string phone, CallOutcome outcome)
    {
        var contact = Guid.Parse((await t.CreateContactAsync(new { name, phone, appointmentTime = t.InDays(3) })).Str("id"));
        var response = await t.Client.PostAsync($"/api/contacts/{contact}/call", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await api.RunDueWorkAsync();
        var session = (await response.ReadAsync()).GetProperty("callSessionId").GetGuid();
        Assert.True(await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, session, outcome, CancellationToken.None));
        await api.RunDueWorkAsync();
        return contact;
    }

    [Fact]
    public async Task CallOutcomes_ReachTheUsersWhosePreferencesWantThem_AndNoOneElse()
    {
        var (t, keen, quiet) = await TeamAsync();

        await CallNowAsync(t, "Connie Confirm", "07700 900201", CallOutcome.Confirmed);
        var cancelled = await CallNowAsync(t, "Carla Cancel", "07700 900202", CallOutcome.Cancelled);
        await CallNowAsync(t, "Rory Reschedule", "07700 900203", CallOutcome.RescheduleRequested);
        await CallNowAsync(t, "Ivan Invalid", "07700 900207", CallOutcome.InvalidNumber);
        var admin = await t.Admin.FeedAsync();

        Assert.Equal(["invalid_number", "reschedule_requested", "appointment_cancelled"], admin.Types());
        Assert.Equal(["invalid_number", "reschedule_requested", "appointment_cancelled", "appointment_confirmed"], (await keen.FeedAsync()).Types());
        Assert.Empty((await quiet.FeedAsync()).Types());
        var item = admin.Items()[2];
        Assert.Equal(("Appointment cancelled", "warning", $"/contacts/{cancelled}"), (item.Str("title"), item.Str("severity"), item.Str("actionUrl")));
        Assert.StartsWith("Carla Cancel cancelled their appointment on ", item.Str("message"));
        Assert.False(item.GetProperty("read").GetBoolean());
        Assert.Equal(3, admin.GetProperty("unreadCount").GetInt64());
        var mails = await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail, 3);
        Assert.Equal(new[] { "Appointment cancelled", "Invalid phone number", "Reschedule requested" }.Select(title => $"{t.Tenant.Name}: {title}"),
            mails.Select(mail => mail.Subject).Order());
        var cancelMail = mails.Single(mail => mail.Subject is { } subject && subject.EndsWith("Appointment cancelled", StringComparison.Ordinal));
        Assert.Contains(item.Str("message"), cancelMail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://console.test/contacts/{cancelled}", cancelMail.TextBody, StringComparison.Ordinal);
        Assert.Empty(TestMailServer.Shared.DeliveredTo(keen.Email));
        Assert.Empty(TestMailServer.Shared.DeliveredTo(quiet.Email));
    }

    [Fact]
    public async Task AnEventDeliveredTwice_IsOneItemAndOneEmailPerUser()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contact = Guid.Parse((await t.CreateContactAsync("Dora Double")).Str("id"));
        var e = new NotificationEvent(NotificationTypes.AppointmentCancelled, contact);
        var eventId = Guid.NewGuid();

        for (var run = 0; run < 2; run++)
        {
            await using var uow = await api.Service<Database>().BeginTenantAsync(t.Tenant.TenantId, CancellationToken.None);
            await api.Service<NotificationFanOut>().DeliverAsync(uow, eventId, e, CancellationToken.None);
            await uow.CommitAsync(CancellationToken.None);
        }
        await api.RunDueWorkAsync();

        Assert.Single((await t.Admin.FeedAsync()).Items());
        Assert.Single(await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail));
    }

    [Fact]
    public async Task QuietHours_HoldTheEmailUntilTheyEnd_TheFeedItemArrivesAtOnce()
    {
        var (t, keen, quiet) = await TeamAsync();
        await keen.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body.Set("quietHours", "enabled", false);
            body["version"] = 1;
        }));
        var night = new DateTimeOffset(api.Clock.GetUtcNow().UtcDateTime.Date.AddHours(23), TimeSpan.Zero); // 23:00 London (GMT)
        api.Clock.AdvanceTo(night);
        var root = await api.SuperAdminAsync();

        await root.Client.PostJsonAsync($"/api/admin/tenants/{t.Tenant.TenantId}/status",
            new { newStatus = "paused", justification = "Paused overnight while the account is reviewed." });
        await api.RunDueWorkAsync();
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var itemsAtNight = (await admin.FeedAsync()).Types();
        var mailAtNight = TestMailServer.Shared.DeliveredTo(t.Tenant.AdminEmail).Count;
        var keenAtNight = await TestMailServer.Shared.WaitForAsync(keen.Email);
        api.Clock.AdvanceTo(night.AddHours(9).AddMinutes(-1)); // 07:59
        await api.RunDueWorkAsync();
        var mailBeforeEight = TestMailServer.Shared.DeliveredTo(t.Tenant.AdminEmail).Count;
        api.Clock.AdvanceTo(night.AddHours(9)); // 08:00
        await api.RunDueWorkAsync();

        Assert.Equal(["tenant_paused"], itemsAtNight);
        Assert.Equal((0, 0), (mailAtNight, mailBeforeEight));
        Assert.Single(keenAtNight);
        var morning = Assert.Single(await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail));
        Assert.Equal($"{t.Tenant.Name}: Calls are paused", morning.Subject);
        Assert.DoesNotContain("reviewed", morning.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MedicalTenant_NamesTheCustomerAsTheVoiceAgentMay_FirstNameOnly()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api, "medical");

        await CallNowAsync(t, "Patricia Patient", "07700 900202", CallOutcome.Cancelled);
        var item = (await t.Admin.FeedAsync()).Items().Single();

        Assert.StartsWith("Patricia cancelled their appointment on ", item.Str("message"));
        Assert.DoesNotContain("Patient", item.Str("message"));
        var mail = Assert.Single(await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail));
        Assert.DoesNotContain("Patient", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderOutOfAttempts_TellsTheUsersWhoWantFailedCalls()
    {
        var (t, keen, quiet) = await TeamAsync();
        var contact = Guid.Parse((await t.CreateContactAsync(new { name = "Nora Noanswer", phone = "07700 900204", appointmentTime = t.InDays(3) })).Str("id"));
        await api.RunDueWorkAsync();
        var next = (await t.TimelineAsync(contact)).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();
        api.Clock.AdvanceTo(next);
        await api.RunDueWorkAsync();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var session = api.Voice.For(contact).Last().CallSessionId;
            await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, session, CallOutcome.NoAnswer, CancellationToken.None);
            await api.RunDueWorkAsync();
            api.Clock.Advance(TimeSpan.FromHours(2));
            await api.RunDueWorkAsync();
        }
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);

        var item = (await admin.FeedAsync()).Items().Single();
        Assert.Equal(("attempts_exhausted", "error", $"/contacts/{contact}"), (item.Str("type"), item.Str("severity"), item.Str("actionUrl")));
        Assert.StartsWith("Nora Noanswer could not be reached about their appointment on ", item.Str("message"));
        Assert.Equal(["attempts_exhausted"], (await (await Again(keen)).FeedAsync()).Types());
        Assert.Empty((await (await Again(quiet)).FeedAsync()).Types());
    }

    [Fact]
    public async Task TenantPausedByThePlatform_ReachesEveryUser_WhateverTheirSwitches()
    {
        var (t, keen, quiet) = await TeamAsync();
        await quiet.SavePreferencesAsync(NotificationApi.Preferences(body =>
        {
            body.Set("channels", "inApp", false);
            body.Set("channels", "email", false);
            body["version"] = 1;
        }));
        var root = await api.SuperAdminAsync();

        var paused = await root.Client.PostJsonAsync($"/api/admin/tenants/{t.Tenant.TenantId}/status",
            new { newStatus = "paused", justification = "Unpaid invoices for three months in a row." });
        await api.RunDueWorkAsync();

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        foreach (var user in new[] { t.Admin, keen, quiet })
        {
            var item = (await user.FeedAsync()).Items().Single();
            Assert.Equal(("tenant_paused", "Calls are paused"), (item.Str("type"), item.Str("title")));
            Assert.DoesNotContain("invoices", item.Str("message"));
        }
    }

    private Task<SignedIn> Again(SignedIn user) => api.SignInAsync(user.Email, TestUsers.StaffPassword);
}
