using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Contacts;

/// <summary>
/// Seed 000 call timing: a contact without its own timing takes the tenant's default; with custom timing off, staff
/// cannot give one another timing; a 1-hour reminder is called 1 hour before. Seed 001: the appointment is optional
/// and a call is planned only when there is one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContactCallTimingTests(ApiFixture api)
{
    [Fact]
    public async Task Create_WithoutItsOwnTiming_TakesTheTenantsDefault_AndIsPlannedByIt()
    {
        var morning = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        await SaveCallSettingsAsync(t, defaultTiming: 6, customAllowed: true);

        var appointment = morning.AddDays(2).AddHours(6);
        var contact = await t.CreateContactAsync(new { name = "Sam Patel", phone = "07700 900123", appointmentTime = Iso(appointment) });
        await api.RunDueWorkAsync();

        Assert.Equal(6, contact.GetProperty("callBeforeHours").GetInt32());
        var reminder = await ReminderAsync(t, contact.Str("id"));
        Assert.Equal(appointment.AddHours(-6), reminder.GetProperty("nextCallAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task CustomTimingOff_StaffCannotSetAnotherTiming_OnCreateUpdateOrImport()
    {
        var morning = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        await SaveCallSettingsAsync(t, defaultTiming: 24, customAllowed: false);
        var contact = await t.CreateContactAsync(new { name = "Sam Patel", phone = "07700 900123", appointmentTime = Iso(morning.AddDays(3)), callBeforeHours = 24 });

        var created = await t.Client.PostJsonAsync("/api/contacts", new { name = "Ann Jones", phone = "07700 900124", appointmentTime = Iso(morning.AddDays(3)), callBeforeHours = 48 });
        var patched = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{contact.Str("id")}", new { callBeforeHours = 2 });
        var imported = await (await t.Client.ImportAsync(ImportUploads.CsvText("Name,Phone,Appointment Date,Appointment Time,Call Before Hours",
            $"Bea Brown,07700 900125,{ImportUploads.IsoDay(morning, 3)},10:30,48"))).ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.NotEmpty((await created.ReadAsync()).Errors("callBeforeHours"));
        Assert.Equal(HttpStatusCode.BadRequest, patched.StatusCode);
        Assert.NotEmpty((await patched.ReadAsync()).Errors("callBeforeHours"));
        Assert.Equal("callBeforeHours", Assert.Single(imported.GetProperty("errors").EnumerateArray()).Str("field"));
        Assert.Equal(["Sam Patel"], await t.NamesAsync(""));
    }

    [Fact]
    public async Task OneHourTiming_IsCalledOneHourBefore_NotSkipped()
    {
        var morning = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = morning.Date.AddHours(15);

        var contact = await t.CreateContactAsync(new { name = "Sam Patel", phone = "07700 900123", appointmentTime = Iso(new DateTimeOffset(appointment, TimeSpan.Zero)), callBeforeHours = 1 });
        await api.RunDueWorkAsync();

        var reminder = await ReminderAsync(t, contact.Str("id"));
        Assert.Equal("scheduled", reminder.Str("status"));
        Assert.Equal(new DateTimeOffset(appointment.AddHours(-1), TimeSpan.Zero), reminder.GetProperty("nextCallAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task RetryCutoff_IsACallSettingTheTenantSeesAndSets()
    {
        var t = await TenantSession.StartAsync(api);

        var before = await (await t.Client.GetAsync("/api/settings/calls")).ReadAsync();
        var saved = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/calls", new { retryCutoff = "03:00:00" });
        var tooLong = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/calls", new { retryCutoff = "2.00:00:00" });

        Assert.Equal("02:00:00", before.Str("retryCutoff"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("03:00:00", (await (await t.Client.GetAsync("/api/settings/calls")).ReadAsync()).Str("retryCutoff"));
        Assert.NotEmpty((await tooLong.ReadAsync()).Errors("retryCutoff"));
    }

    [Fact]
    public async Task Appointment_IsOptional_ACallIsPlannedOnlyOnceThereIsOne_AndClearingItStopsTheReminder()
    {
        var morning = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);

        var contact = await t.CreateContactAsync(new { name = "Sam Patel", phone = "07700 900123" });
        var id = contact.Str("id");
        await api.RunDueWorkAsync();
        var withoutAppointment = (await (await t.Client.GetAsync($"/api/contacts/{id}/calls")).ReadAsync()).GetProperty("reminder");

        await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{id}", new { appointmentTime = Iso(morning.AddDays(3)) });
        await api.RunDueWorkAsync();
        var planned = await ReminderAsync(t, id);
        var cleared = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{id}", new { appointmentTime = "" });
        await api.RunDueWorkAsync();

        Assert.Equal(JsonValueKind.Null, contact.GetProperty("appointmentTime").ValueKind);
        Assert.Equal("idle", withoutAppointment.Str("status"));
        Assert.Equal(JsonValueKind.Null, withoutAppointment.GetProperty("nextCallAt").ValueKind);
        Assert.Equal("scheduled", planned.Str("status"));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var stopped = await ReminderAsync(t, id);
        Assert.Equal(("done", "appointment_removed"), (stopped.Str("status"), stopped.Str("doneReason")));
        Assert.Equal(["Sam Patel"], await t.NamesAsync("sort=appointment"));
        Assert.Equal(HttpStatusCode.OK, (await t.Client.GetAsync("/api/contacts/stats")).StatusCode);
        Assert.Contains("Sam Patel", await (await t.Client.GetAsync("/api/contacts/export")).Content.ReadAsStringAsync());
    }

    private static async Task SaveCallSettingsAsync(TenantSession t, int defaultTiming, bool customAllowed)
    {
        var response = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/calls",
            new { defaultCallTimingHours = defaultTiming, customTimingAllowed = customAllowed, weekendCalling = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<JsonElement> ReminderAsync(TenantSession t, string contactId) =>
        (await (await t.Client.GetAsync($"/api/contacts/{contactId}/calls")).ReadAsync()).GetProperty("reminder");

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
