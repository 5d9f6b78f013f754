using System.Net;
using System.Text.Json.Nodes;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Webhooks.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class CalcomWebhookTests(CalendarApiFixture api)
{
    private DateTimeOffset InDays(double days) => api.Clock.GetUtcNow().AddDays(days);

    private Task<long> StoredAsync(CalendarHooks hooks) => api.CountAsync(
        "SELECT (SELECT count(*) FROM webhook_receipts WHERE tenant_id = @T) + (SELECT count(*) FROM work_items WHERE tenant_id = @T AND kind = 'calendar.booking')",
        new { T = hooks.Tenant.Tenant.TenantId });

    [Fact]
    public async Task Created_SignedBooking_BecomesAContactWithAPlannedReminder()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);
        var start = InDays(5);

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_created_1", start, phone: "07700 900123"));

        var contact = Assert.Single(await hooks.ContactsAsync());
        Assert.Equal(("Sam Patel", "+447700900123", "sam@example.net", "calcom", "pending"),
            (contact.Str("name"), contact.Str("phone"), contact.Str("email"), contact.Str("bookingSource"), contact.Str("status")));
        Assert.Equal(start.ToUnixTimeSeconds(), contact.GetProperty("appointmentTime").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal(("Consultation", 30), (contact.Str("appointmentType"), contact.GetProperty("durationMinutes").GetInt32()));
        var reminder = await hooks.ReminderAsync(contact.Str("id"));
        Assert.Equal("scheduled", reminder.Status);
        Assert.True(reminder.NextCallAt < reminder.AppointmentAt);
        Assert.Equal([("created", (string?)null)], await hooks.EventsAsync());
    }

    [Fact]
    public async Task Signature_TamperedUnsignedMissingOrAnotherTenantsSecret_401AndNothingStored()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);
        var other = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, secret: "whsec_other-tenant-secret");
        var body = BookingBodies.Calcom("BOOKING_CREATED", "bkg_forged", InDays(5));
        var signed = hooks.Sign(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()), hooks.Secret!);
        body["payload"]!["startTime"] = CalendarHooks.Iso(InDays(6));

        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, header: signed)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, header: "no-secret-provided")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, sign: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, key: other.Secret)).StatusCode);
        await api.RunDueWorkAsync();

        Assert.Equal(0, await StoredAsync(hooks));
        Assert.Empty(await hooks.ContactsAsync());
    }

    [Fact]
    public async Task Ping_UnsignedFromTheDashboard_200AndNoEffect()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);
        var ping = JsonNode.Parse("""{"triggerEvent":"PING","createdAt":"2026-05-04T09:12:33.000Z","payload":{"triggerEvent":"PING"}}""")!;

        Assert.Equal(HttpStatusCode.OK, (await hooks.PostAsync(ping, header: "no-secret-provided")).StatusCode);
        Assert.Equal(0, await StoredAsync(hooks));
    }

    [Fact]
    public async Task UnknownTrigger_200Ignored_MalformedBody400_NeitherStored()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);

        Assert.Equal(HttpStatusCode.OK, (await hooks.PostAsync(JsonNode.Parse("""{"triggerEvent":"MEETING_ENDED","payload":{}}""")!)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hooks.PostAsync(JsonNode.Parse("""{"triggerEvent":"BOOKING_CREATED","payload":{}}""")!)).StatusCode);
        Assert.Equal(0, await StoredAsync(hooks));
    }

    [Fact]
    public async Task Duplicate_SameDeliveryTwice_OneContactOneReceipt()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);
        var body = BookingBodies.Calcom("BOOKING_CREATED", "bkg_dup", InDays(4));

        await hooks.DeliverAsync(body);
        await hooks.DeliverAsync(body);

        Assert.Single(await hooks.ContactsAsync());
        Assert.Single(await hooks.EventsAsync());
        Assert.Equal(2, await StoredAsync(hooks));
    }

    [Fact]
    public async Task Reschedule_AcrossTheClockChange_MovesTheSameContactAndReplansItsReminder()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);
        var change = NextClockChange(api.Clock.GetUtcNow().AddDays(3));
        var before = change.AddDays(-2).AddHours(9);
        var after = change.AddDays(1).AddHours(9);
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_r1", before));
        var id = Assert.Single(await hooks.ContactsAsync()).Str("id");
        var planned = await hooks.ReminderAsync(id);

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_RESCHEDULED", "bkg_r2", after, rescheduleUid: "bkg_r1"));

        var moved = Assert.Single(await hooks.ContactsAsync());
        Assert.Equal(id, moved.Str("id"));
        Assert.Equal(after, moved.GetProperty("appointmentTime").GetDateTimeOffset());
        var replanned = await hooks.ReminderAsync(id);
        Assert.Equal(after, replanned.AppointmentAt);
        Assert.NotEqual(planned.NextCallAt, replanned.NextCallAt);
        Assert.True(replanned.NextCallAt < after);
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CANCELLED", "bkg_r2", after));
        Assert.Equal("cancelled", (await hooks.ContactAsync(id)).Str("status"));
        Assert.Equal([("created", null), ("moved", null), ("cancelled", (string?)null)], await hooks.EventsAsync());
    }

    [Fact]
    public async Task Cancelled_KnownBooking_StopsTheReminder_UnknownBookingIsSkipped()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);
        var start = InDays(6);
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_c1", start));
        var id = Assert.Single(await hooks.ContactsAsync()).Str("id");

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CANCELLED", "bkg_c1", start));
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CANCELLED", "bkg_never_seen", start));

        Assert.Equal("cancelled", (await hooks.ContactAsync(id)).Str("status"));
        Assert.Equal("done", (await hooks.ReminderAsync(id)).Status);
        Assert.Equal(("skipped", "unknown_booking"), (await hooks.EventsAsync())[^1]);
    }

    [Fact]
    public async Task NoPhoneOrFilteredEventType_RecordedAsFailedOrSkippedImport_NoContact()
    {
        var filter = CalendarIntegrationSettings.Default with { EventTypeFilter = ["42"] };
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, filter);

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_nophone", InDays(3), phone: null));
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_badphone", InDays(3), phone: "+1 212 555 0100"));
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_other_type", InDays(3), eventTypeId: 7));

        Assert.Empty(await hooks.ContactsAsync());
        Assert.Equal([("failed", "no_phone"), ("failed", "invalid_phone"), ("skipped", (string?)"event_type_filtered")], await hooks.EventsAsync());
    }

    [Fact]
    public async Task ControlCharacters_InTheBookingId_400_InTheNotes_AFailedImport_NeverADeadLetter()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);

        var badId = await hooks.PostAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_\u0000nul", InDays(3)));
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_nul_notes", InDays(3), notes: "Gate code \u0000 1234"));

        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Empty(await hooks.ContactsAsync());
        Assert.Equal("failed", Assert.Single(await hooks.EventsAsync()).Outcome);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM work_items WHERE tenant_id = @T AND (status = 'dead' OR attempts > 1)",
            new { T = hooks.Tenant.Tenant.TenantId }));
    }

    [Theory]
    [InlineData(DuplicateHandling.UpdateExisting, 1, "updated")]
    [InlineData(DuplicateHandling.SkipDuplicates, 1, "skipped")]
    [InlineData(DuplicateHandling.CreateNew, 2, "created")]
    public async Task ExistingContactWithThePhone_FollowsDuplicateHandling(DuplicateHandling handling, int contacts, string outcome)
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, CalendarIntegrationSettings.Default with { DuplicateHandling = handling });
        await hooks.Tenant.CreateContactAsync("Samuel Patel", "07700 900001", days: 9);
        var start = InDays(4);

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_dupe_" + handling, start, email: $"{handling}@example.net"));

        var all = await hooks.ContactsAsync();
        Assert.Equal(contacts, all.Length);
        Assert.Equal(outcome, Assert.Single(await hooks.EventsAsync()).Outcome);
        var manual = all.Single(c => c.Str("bookingSource") == (handling == DuplicateHandling.UpdateExisting ? "calcom" : "manual"));
        Assert.Equal(handling == DuplicateHandling.UpdateExisting ? start.ToUnixTimeSeconds() : InDays(9).ToUnixTimeSeconds(),
            manual.GetProperty("appointmentTime").GetDateTimeOffset().ToUnixTimeSeconds(), tolerance: 120);
    }

    [Fact]
    public async Task HipaaTenant_NotesScreened_WarnFlagsTheContact_BlockFailsTheImport()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, businessType: "medical");
        await Compliance(hooks, "warn");
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_phi_1", InDays(3), notes: "NHS number 943 476 5919, asthma review"));
        var flagged = Assert.Single(await hooks.ContactsAsync());
        Assert.NotEmpty(flagged.GetProperty("phiFlags").EnumerateArray());
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM audit_log WHERE tenant_id = @T AND actor_role = 'integration:calcom'", new { T = hooks.Tenant.Tenant.TenantId }));

        await Compliance(hooks, "block");
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_phi_2", InDays(3), phone: "07700 900002", email: "other@example.net",
            notes: "NHS number 943 476 5919"));

        Assert.Single(await hooks.ContactsAsync());
        Assert.Equal(("failed", "phi_blocked"), (await hooks.EventsAsync())[^1]);
    }

    [Fact]
    public async Task DisabledUnknownOrOtherProviderIntegration_404()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, enabled: false);
        var body = BookingBodies.Calcom("BOOKING_CREATED", "bkg_disabled", InDays(3));

        Assert.Equal(HttpStatusCode.NotFound, (await hooks.PostAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hooks.PostAsync(body, url: $"/api/webhooks/calcom/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hooks.PostAsync(body, url: $"/api/webhooks/calendly/{hooks.IntegrationId}")).StatusCode);
        Assert.Equal(0, await StoredAsync(hooks));
    }

    [Fact]
    public async Task TenantIsolation_AnotherTenantsContactWithTheSamePhoneIsUntouched()
    {
        var b = await TenantSession.StartAsync(api);
        var theirs = await b.CreateContactAsync("Sam Patel", "07700 900001", days: 9);
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom);

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_iso", InDays(3)));

        Assert.Equal(("created", (string?)null), Assert.Single(await hooks.EventsAsync()));
        var unchanged = await (await b.Client.GetAsync($"/api/contacts/{theirs.Str("id")}")).ReadAsync();
        Assert.Equal(theirs.GetProperty("appointmentTime").GetDateTimeOffset(), unchanged.GetProperty("appointmentTime").GetDateTimeOffset());
        Assert.Equal("manual", unchanged.Str("bookingSource"));
    }

    [Fact]
    public async Task Logs_NeverHoldTheSecretOrThePersonalData()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, secret: "whsec_never-log-me-0451");
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_logs", InDays(3), phone: "07700 900451", email: "private.person@example.net",
            notes: "Gate code 4512"));
        await hooks.PostAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_logs_bad", InDays(3)), key: "wrong");

        Assert.Contains(api.Logs.Lines, line => line.Contains(hooks.IntegrationId.ToString(), StringComparison.Ordinal));
        foreach (var secretOrPersonal in new[] { "never-log-me", "900451", "private.person", "Gate code", "Sam Patel" })
        {
            Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(secretOrPersonal, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task Compliance(CalendarHooks hooks, string action)
    {
        var current = await (await hooks.Tenant.Client.GetAsync("/api/settings/compliance")).ReadAsync();
        var put = await hooks.Tenant.Client.SendJsonAsync(HttpMethod.Put, "/api/settings/compliance", new
        {
            hipaaMode = true,
            complianceLevel = "standard",
            phiDetection = true,
            phiAction = action,
            version = current.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    /// <summary>Midnight UTC of the next last-Sunday-of-March or -October (the UK clock change) after <paramref name="from"/>.</summary>
    private static DateTimeOffset NextClockChange(DateTimeOffset from)
    {
        var day = from.UtcDateTime.Date.AddDays(1);
        while (!(day.DayOfWeek == DayOfWeek.Sunday && day.Month is 3 or 10 && day.AddDays(7).Month != day.Month))
        {
            day = day.AddDays(1);
        }
        return new DateTimeOffset(day, TimeSpan.Zero);
    }
}
