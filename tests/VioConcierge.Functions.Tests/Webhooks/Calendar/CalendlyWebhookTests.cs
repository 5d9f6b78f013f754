using System.Net;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Webhooks.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class CalendlyWebhookTests(CalendarApiFixture api)
{
    private const string Old = "https://api.calendly.com/scheduled_events/EV1/invitees/OLD";
    private const string New = "https://api.calendly.com/scheduled_events/EV2/invitees/NEW";

    private DateTimeOffset InDays(double days) => api.Clock.GetUtcNow().AddDays(days);

    [Fact]
    public async Task Created_PhoneFromTheCallLocation_ContactWithQuestionsAsInstructions()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.Calendly);

        await hooks.DeliverAsync(BookingBodies.Calendly("invitee.created", Old, InDays(3), phone: "07700 900456"));

        var contact = Assert.Single(await hooks.ContactsAsync());
        Assert.Equal(("+447700900456", "calendly", "30 Minute Meeting"), (contact.Str("phone"), contact.Str("bookingSource"), contact.Str("appointmentType")));
        Assert.Equal("Anything we should know?: Running late sometimes", (await hooks.ContactAsync(contact.Str("id"))).Str("specialInstructions"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReschedulePair_InEitherOrder_OneContactAtTheNewTimeNotCancelled(bool cancelFirst)
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.Calendly);
        var newStart = InDays(8);
        await hooks.DeliverAsync(BookingBodies.Calendly("invitee.created", Old, InDays(4)));
        var id = Assert.Single(await hooks.ContactsAsync()).Str("id");
        var cancel = BookingBodies.Calendly("invitee.canceled", Old, InDays(4), newInvitee: New);
        var created = BookingBodies.Calendly("invitee.created", New, newStart, oldInvitee: Old);

        await hooks.DeliverAsync(cancelFirst ? cancel : created);
        await hooks.DeliverAsync(cancelFirst ? created : cancel);

        var contact = Assert.Single(await hooks.ContactsAsync());
        Assert.Equal((id, "pending"), (contact.Str("id"), contact.Str("status")));
        Assert.Equal(newStart.ToUnixTimeSeconds(), contact.GetProperty("appointmentTime").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal("scheduled", (await hooks.ReminderAsync(id)).Status);
        Assert.Equal([Old, New], await LinksAsync(hooks, id));
    }

    [Fact]
    public async Task Canceled_NotAReschedule_CancelsTheContact()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.Calendly);
        await hooks.DeliverAsync(BookingBodies.Calendly("invitee.created", Old, InDays(4)));

        await hooks.DeliverAsync(BookingBodies.Calendly("invitee.canceled", Old, InDays(4)));

        Assert.Equal("cancelled", Assert.Single(await hooks.ContactsAsync()).Str("status"));
    }

    [Fact]
    public async Task Signature_StaleFutureMalformedOrNoSigningKey_401()
    {
        var hooks = await CalendarHooks.StartAsync(api, CalendarProvider.Calendly);
        var unkeyed = await CalendarHooks.StartAsync(api, CalendarProvider.Calendly, secret: null);
        var body = BookingBodies.Calendly("invitee.created", Old, InDays(4));
        var bytes = System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
        var now = api.Clock.GetUtcNow().ToUnixTimeSeconds();

        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, header: CalendlySignature.Sign(bytes, hooks.Secret!, now - 240))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, header: CalendlySignature.Sign(bytes, hooks.Secret!, now + 240))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hooks.PostAsync(body, header: "t=" + now)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unkeyed.PostAsync(body, key: "whatever-key-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hooks.PostAsync(body, header: CalendlySignature.Sign(bytes, hooks.Secret!, now - 120))).StatusCode);
    }

    private async Task<string[]> LinksAsync(CalendarHooks hooks, string contactId)
    {
        await using var uow = await api.Service<Database>().BeginTenantAsync(hooks.Tenant.Tenant.TenantId, CancellationToken.None);
        return (await uow.QueryAsync<string>(
            "SELECT external_id FROM booking_links WHERE tenant_id = @TenantId AND contact_id = @Id ORDER BY created_at, external_id DESC",
            new { uow.TenantId, Id = Guid.Parse(contactId) }, CancellationToken.None)).ToArray();
    }
}
