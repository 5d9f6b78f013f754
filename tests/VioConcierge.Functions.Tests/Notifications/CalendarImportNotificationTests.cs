using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Tests.Webhooks.Calendar;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>A calendar booking that cannot be imported tells the users who keep integration alerts on; a skipped one tells no one.</summary>
[Collection(CalendarCollection.Name)]
public sealed class CalendarImportNotificationTests(CalendarApiFixture api)
{
    [Fact]
    public async Task FailedBooking_ReachesUsersWithIntegrationAlerts_NamingTheProviderAndReasonNotTheAttendee()
    {
        var filter = CalendarIntegrationSettings.Default with { EventTypeFilter = ["42"] };
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.CalCom, filter);
        var tenantId = hooks.Tenant.Tenant.TenantId;
        var optedOut = await api.SignInAsync(await api.AddStaffAsync(tenantId), TestUsers.StaffPassword);
        await optedOut.SavePreferencesAsync(NotificationApi.Preferences(body => body["integrationAlerts"] = false));

        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_notify_nophone", api.Clock.GetUtcNow().AddDays(3), phone: null));
        await hooks.DeliverAsync(BookingBodies.Calcom("BOOKING_CREATED", "bkg_notify_filtered", api.Clock.GetUtcNow().AddDays(3), eventTypeId: 7));
        var admin = await api.SignInAsync(hooks.Tenant.Tenant.AdminEmail, hooks.Tenant.Tenant.AdminPassword);

        var item = (await admin.FeedAsync()).Items().Single();
        Assert.Equal(("calendar_import_failed", "Calendar booking not imported", "/settings/integrations/calcom"),
            (item.Str("type"), item.Str("title"), item.Str("actionUrl")));
        Assert.Equal("A Cal.com booking could not be imported: it has no phone number.", item.Str("message"));
        Assert.Empty((await optedOut.FeedAsync()).Items());
    }
}
