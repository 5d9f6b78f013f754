using System.Net;
using System.Text.Json;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Calls;

[Collection(VoiceCollection.Name)]
public sealed class ReminderFlowTests(VoiceApiFixture api)
{
    /// <summary>A tenant, a contact whose appointment is Friday 14:00 (call due Thursday 14:00), clock at Tuesday 10:00.</summary>
    private async Task<(TenantSession T, Guid ContactId, DateTimeOffset CallAt)> ContactAsync(string businessType = "salon")
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api, businessType);
        var appointment = tuesday.AddDays(3).AddHours(4);
        var contact = await t.CreateContactAsync(new
        {
            name = "Rita Reminder",
            phone = "07700 900123",
            appointmentTime = appointment.ToString("O"),
            appointmentType = "Cut and colour",
            ownerName = "Sam Stylist",
            notes = "Never read this aloud",
        });
        await api.RunDueWorkAsync();
        return (t, contact.GetProperty("id").GetGuid(), appointment.AddHours(-24));
    }

    /// <summary>GET as the tenant's admin, signing in afresh because the tests move the clock past token lifetimes.</summary>
    private async Task<JsonElement> GetAsync(TenantSession t, string url)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var response = await admin.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    /// <summary>The contact's last call ends with <paramref name="outcome"/>, which then reaches its reminder (the call orchestration's event).</summary>
    private async Task<bool> OutcomeAsync(TenantSession t, Guid contactId, CallOutcome outcome)
    {
        var sessionId = api.Voice.For(contactId).Last().CallSessionId;
        var found = await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, sessionId, outcome, CancellationToken.None);
        await api.RunDueWorkAsync();
        return found;
    }

    [Fact]
    public async Task NewContact_IsPlannedCalledAtItsTimeAndConfirmed()
    {
        var (t, contactId, callAt) = await ContactAsync();
        var planned = await t.TimelineAsync(contactId);
        Assert.Equal("scheduled", planned.GetProperty("reminder").Str("status"));
        Assert.Equal(callAt, planned.GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
        Assert.Empty(api.Voice.For(contactId));

        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();
        var call = Assert.Single(api.Voice.For(contactId));
        Assert.Equal("+447700900123", call.ToNumber);
        Assert.Equal("Rita Reminder", call.Context.CustomerName);
        Assert.Equal("Cut and colour", call.Context.AppointmentType);
        Assert.DoesNotContain("Never read this aloud", JsonSerializer.Serialize(call));

        Assert.True(await OutcomeAsync(t, contactId, CallOutcome.Confirmed));
        var contact = await GetAsync(t, $"/api/contacts/{contactId}");
        Assert.Equal("confirmed", contact.Str("status"));
        Assert.Equal(1, contact.GetProperty("callAttempts").GetInt32());
        var done = await t.TimelineAsync(contactId);
        Assert.Equal("confirmed", done.GetProperty("reminder").Str("doneReason"));
        var codes = done.GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")).ToArray();
        Assert.Equal(["planned", "dialling", "outcome_confirmed"], codes);
        Assert.Equal("completed", Assert.Single(done.GetProperty("calls").EnumerateArray()).Str("status"));
    }

    [Fact]
    public async Task NoAnswer_RetriesAfterTheDelay_UntilTheAttemptsRunOut()
    {
        var (t, contactId, callAt) = await ContactAsync();
        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(attempt, api.Voice.For(contactId).Count);
            await OutcomeAsync(t, contactId, CallOutcome.NoAnswer);
            api.Clock.Advance(TimeSpan.FromHours(2));
            await api.RunDueWorkAsync();
        }

        Assert.Equal(3, api.Voice.For(contactId).Count);
        var timeline = await t.TimelineAsync(contactId);
        Assert.Equal("attempts_exhausted", timeline.GetProperty("reminder").Str("doneReason"));
        Assert.Equal(3, (await GetAsync(t, $"/api/contacts/{contactId}")).GetProperty("callAttempts").GetInt32());
    }

    [Fact]
    public async Task ProcessDiesWhileDialling_TheAttemptIsNeverDialledTwice_AndIsSettledByTheOutcomeCheck()
    {
        var (t, contactId, callAt) = await ContactAsync();
        api.Voice.CrashesLeft = 1;
        api.Clock.AdvanceTo(callAt);

        await api.RunDueWorkAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.RunDueWorkAsync();
        Assert.Single(api.Voice.For(contactId));

        api.Clock.Advance(TimeSpan.FromMinutes(30));
        await api.RunDueWorkAsync();
        var timeline = await t.TimelineAsync(contactId);
        Assert.Single(api.Voice.For(contactId));
        Assert.Contains(timeline.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "outcome_timed_out");
        Assert.Equal(1, timeline.GetProperty("reminder").GetProperty("attempts").GetInt32());
        Assert.Equal("scheduled", timeline.GetProperty("reminder").Str("status"));
    }

    [Fact]
    public async Task AppointmentMoved_Replans_AndTheOldTimerDialsNothing()
    {
        var (t, contactId, callAt) = await ContactAsync();

        await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{contactId}", new { appointmentTime = callAt.AddDays(7).AddHours(24).ToString("O") });
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(callAt.AddMinutes(1));
        await api.RunDueWorkAsync();

        Assert.Empty(api.Voice.For(contactId));
        var reminder = (await t.TimelineAsync(contactId)).GetProperty("reminder");
        Assert.Equal(callAt.AddDays(7), reminder.GetProperty("nextCallAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("confirmed")]
    public async Task StatusSetByStaff_StopsTheReminder(string status)
    {
        var (t, contactId, callAt) = await ContactAsync();

        await t.Client.PostJsonAsync($"/api/contacts/{contactId}/status", new { status });
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();

        Assert.Empty(api.Voice.For(contactId));
        Assert.Equal($"contact_{status}", (await t.TimelineAsync(contactId)).GetProperty("reminder").Str("doneReason"));
    }

    [Fact]
    public async Task BulkStatusChange_StopsEachSelectedReminder_AndLeavesTheOthersScheduled()
    {
        var (t, first, callAt) = await ContactAsync();
        var appointment = callAt.AddHours(24);
        var others = new List<Guid>();
        foreach (var phone in new[] { "07700 900124", "07700 900125" })
        {
            var contact = await t.CreateContactAsync(new { name = "Bulk Person", phone, appointmentTime = appointment.ToString("O") });
            others.Add(contact.GetProperty("id").GetGuid());
        }
        await api.RunDueWorkAsync();

        var bulk = await t.Client.PostJsonAsync("/api/contacts/bulk",
            new { action = "status", ids = new[] { first, others[0] }, status = "cancelled", reason = "Clinic closed" });
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        await api.RunDueWorkAsync();

        Assert.Equal("contact_cancelled", (await t.TimelineAsync(first)).GetProperty("reminder").Str("doneReason"));
        Assert.Equal("contact_cancelled", (await t.TimelineAsync(others[0])).GetProperty("reminder").Str("doneReason"));
        var kept = (await t.TimelineAsync(others[1])).GetProperty("reminder");
        Assert.Equal("scheduled", kept.Str("status"));
        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();
        Assert.Empty(api.Voice.For(first));
        Assert.Empty(api.Voice.For(others[0]));
        Assert.Single(api.Voice.For(others[1]));
    }

    [Fact]
    public async Task ContactAddedWhileTenantPaused_IsHeld_ThenPlannedOnResume()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var root = await api.SuperAdminAsync();
        var url = $"/api/admin/tenants/{t.Tenant.TenantId}/status";
        await root.Client.PostJsonAsync(url, new { newStatus = "paused", justification = "Investigating complaints." });
        await api.RunDueWorkAsync();

        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var contact = await t.CreateContactAsync(new { name = "Paula Paused", phone = "07700 900126", appointmentTime = tuesday.AddDays(3).ToString("O") }, admin.Client);
        var contactId = contact.GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        Assert.Equal("paused", (await t.TimelineAsync(contactId)).GetProperty("reminder").Str("status"));

        root = await api.SuperAdminAsync();
        await root.Client.PostJsonAsync(url, new { newStatus = "active", justification = "Complaints resolved." });
        await api.RunDueWorkAsync();
        Assert.Equal("scheduled", (await t.TimelineAsync(contactId)).GetProperty("reminder").Str("status"));
    }

    [Fact]
    public async Task ManyContactsInOneSync_EachGetsItsOwnPlan_PlannedTooLateAndStoppedTogether()
    {
        var (t, planned, callAt) = await ContactAsync();
        var tooLate = (await t.CreateContactAsync(new
        {
            name = "Lena Late",
            phone = "07700 900127",
            appointmentTime = api.Clock.GetUtcNow().AddHours(3).ToString("O"),
        })).GetProperty("id").GetGuid();
        var stopped = (await t.CreateContactAsync(new
        {
            name = "Stan Stopped",
            phone = "07700 900128",
            appointmentTime = callAt.AddDays(1).ToString("O"),
        })).GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();

        await using (var uow = await api.Service<Database>().BeginTenantAsync(t.Tenant.TenantId, CancellationToken.None))
        {
            var policy = await api.Service<TenantSettings>().ReminderPolicyAsync(uow, CancellationToken.None);
            var events = new Dictionary<Guid, ReminderEvent>
            {
                [planned] = new ReminderEvent.AppointmentSet(callAt.AddHours(48), 24),
                [tooLate] = new ReminderEvent.AppointmentSet(api.Clock.GetUtcNow().AddMinutes(90), 24),
                [stopped] = new ReminderEvent.Stopped("contact_deleted"),
            };
            await api.Service<ReminderEngine>().ApplyManyAsync(uow, events, policy, CancellationToken.None);
            await uow.CommitAsync(CancellationToken.None);
        }

        var moved = (await t.TimelineAsync(planned)).GetProperty("reminder");
        Assert.Equal("scheduled", moved.Str("status"));
        Assert.Equal(callAt.AddHours(24), moved.GetProperty("nextCallAt").GetDateTimeOffset());
        Assert.Equal("too_late", (await t.TimelineAsync(tooLate)).GetProperty("reminder").Str("doneReason"));
        Assert.Equal("contact_deleted", (await t.TimelineAsync(stopped)).GetProperty("reminder").Str("doneReason"));
        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();
        Assert.Empty(api.Voice.For(planned));
        api.Clock.AdvanceTo(callAt.AddHours(24));
        await api.RunDueWorkAsync();
        Assert.Single(api.Voice.For(planned));
        Assert.Empty(api.Voice.For(stopped));
    }

    [Fact]
    public async Task ContactDeleted_StopsTheReminder()
    {
        var (t, contactId, callAt) = await ContactAsync();

        await t.Client.DeleteAsync($"/api/contacts/{contactId}");
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();

        Assert.Empty(api.Voice.For(contactId));
    }

    [Fact]
    public async Task TenantPaused_NothingDials_ThenResumeReplans()
    {
        var (t, contactId, callAt) = await ContactAsync();
        var root = await api.SuperAdminAsync();
        var url = $"/api/admin/tenants/{t.Tenant.TenantId}/status";

        await root.Client.PostJsonAsync(url, new { newStatus = "paused", justification = "Investigating complaints." });
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();
        Assert.Empty(api.Voice.For(contactId));
        Assert.Equal("paused", (await t.TimelineAsync(contactId)).GetProperty("reminder").Str("status"));

        root = await api.SuperAdminAsync();
        await root.Client.PostJsonAsync(url, new { newStatus = "active", justification = "Complaints resolved." });
        await api.RunDueWorkAsync();
        Assert.Single(api.Voice.For(contactId));
    }

    [Fact]
    public async Task MedicalTenant_CallContextFollowsHipaaStandardLevel()
    {
        var (_, contactId, callAt) = await ContactAsync("medical");

        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();

        var call = Assert.Single(api.Voice.For(contactId));
        Assert.Equal("Rita", call.Context.CustomerName);
        Assert.Equal("appointment", call.Context.AppointmentType);
        Assert.Equal("Sam", call.Context.ProviderName);
    }

    [Fact]
    public async Task ScheduledCallsOverTheConcurrencyLimit_WaitForAFreeSlot_NeverDroppedOrDialledEarly()
    {
        var (t, first, callAt) = await ContactAsync();
        var appointment = callAt.AddHours(24);
        var others = new List<Guid>();
        string[] names = ["Ann", "Bea", "Cat", "Dee", "Eve"];
        for (var i = 0; i < names.Length; i++)
        {
            var contact = await t.CreateContactAsync(new { name = $"{names[i]} Reminder", phone = $"07700 90013{i}", appointmentTime = appointment.ToString("O") });
            others.Add(contact.GetProperty("id").GetGuid());
        }
        await api.RunDueWorkAsync();
        Guid[] all = [first, .. others];

        api.Clock.AdvanceTo(callAt);
        await api.RunDueWorkAsync();
        var dialled = all.Where(id => api.Voice.For(id).Count > 0).ToArray();
        var waiting = Assert.Single(all.Except(dialled));
        var deferred = await t.TimelineAsync(waiting);

        var retryAt = deferred.GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();
        await OutcomeAsync(t, dialled[0], CallOutcome.Confirmed);
        api.Clock.AdvanceTo(retryAt);
        await api.RunDueWorkAsync();

        Assert.Equal(5, dialled.Length);
        Assert.InRange(retryAt, callAt.AddMinutes(1), callAt.AddMinutes(2));
        Assert.Contains(deferred.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "concurrency_limit");
        Assert.Equal("scheduled", deferred.GetProperty("reminder").Str("status"));
        Assert.Single(api.Voice.For(waiting));
        Assert.All(dialled, id => Assert.Single(api.Voice.For(id)));
    }
}
