using System.Net;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;

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
