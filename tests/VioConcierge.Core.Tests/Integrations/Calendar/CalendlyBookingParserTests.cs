using System.Text;
using System.Text.Json.Nodes;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class CalendlyBookingParserTests
{
    private const string Invitee = "https://api.calendly.com/scheduled_events/EV1/invitees/INV1";

    private static BookingEvent Read(JsonObject body)
    {
        var parse = CalendlyBookingParser.Parse(body.Bytes());
        Assert.True(parse.IsValid, parse.Problem);
        return parse.Event!;
    }

    [Fact]
    public void Parse_InviteeCreated_ReadsEveryField()
    {
        var body = BookingPayloads.Calendly();
        body.Payload()["first_name"] = "Sam";
        body.Payload()["last_name"] = "Patel-Jones";
        body.Payload()["questions_and_answers"] = JsonNode.Parse(
            """[{"question":"Phone","answer":"07700 900999","position":1},{"question":"Reason for visit","answer":"Check-up","position":0}]""");

        var booking = Read(body);

        Assert.Equal(BookingEventKind.Created, booking.Kind);
        Assert.Equal(CalendarProvider.Calendly, booking.Provider);
        Assert.Equal(Invitee, booking.ExternalId);
        Assert.Equal("Sam Patel-Jones", booking.Name);
        Assert.Equal("sam@example.net", booking.Email);
        Assert.Equal(new BookingPhone(PhoneFinding.Valid, "+447700900456"), booking.Phone);
        Assert.Equal(new DateTimeOffset(2026, 5, 6, 13, 0, 0, TimeSpan.Zero), booking.StartUtc);
        Assert.Equal(30, booking.DurationMinutes);
        Assert.Equal("Europe/London", booking.TimeZone);
        Assert.Equal("30 Minute Meeting", booking.AppointmentType);
        Assert.Equal("Reason for visit: Check-up", booking.Notes);
        Assert.Equal("https://api.calendly.com/event_types/ET1", booking.EventType);
        Assert.Equal("desk@example.org", booking.OrganizerEmail);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 9, 12, 33, TimeSpan.Zero), booking.OccurredAt);
        Assert.Equal(new BookingReceipt("invitee.created", Invitee), booking.Receipt);
    }

    [Fact]
    public void Parse_CreatedWithOldInvitee_IsTheNewHalfOfAReschedule()
    {
        var body = BookingPayloads.Calendly();
        body.Payload()["old_invitee"] = "https://api.calendly.com/scheduled_events/EV0/invitees/INV0";

        var booking = Read(body);

        Assert.Equal(BookingEventKind.Rescheduled, booking.Kind);
        Assert.Equal("https://api.calendly.com/scheduled_events/EV0/invitees/INV0", booking.PreviousExternalId);
    }

    [Fact]
    public void Parse_CanceledAsPartOfAReschedule_NamesTheNewInvitee()
    {
        var body = BookingPayloads.Calendly("invitee.canceled");
        body.Payload()["status"] = "canceled";
        body.Payload()["rescheduled"] = true;
        body.Payload()["new_invitee"] = "https://api.calendly.com/scheduled_events/EV2/invitees/INV2";

        var booking = Read(body);

        Assert.Equal(BookingEventKind.Cancelled, booking.Kind);
        Assert.True(booking.Rescheduled);
        Assert.Equal("https://api.calendly.com/scheduled_events/EV2/invitees/INV2", booking.NewExternalId);
        Assert.Equal(new BookingReceipt("invitee.canceled", Invitee), booking.Receipt);
    }

    [Theory]
    [InlineData("invitee_no_show.created")]
    [InlineData("routing_form_submission.created")]
    public void Parse_OtherEvents_AreIgnored(string @event) =>
        Assert.Equal(BookingEventKind.Ignored, Read(new JsonObject { ["event"] = @event }).Kind);

    [Theory]
    [InlineData("2026-05-06T13:00:00Z")]
    [InlineData("2026-05-06T13:00:00.000000Z")]
    [InlineData("2026-05-06T13:00:00+00:00")]
    public void Parse_StartInEachUtcForm_IsTheSameInstant(string start)
    {
        var body = BookingPayloads.Calendly();
        body.Payload()["scheduled_event"]!["start_time"] = start;

        Assert.Equal(new DateTimeOffset(2026, 5, 6, 13, 0, 0, TimeSpan.Zero), Read(body).StartUtc);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"event":"invitee.created"}""")]
    [InlineData("""{"event":"invitee.created","payload":{"email":"a@b.example"}}""")]
    [InlineData("""{"event":"invitee.created","payload":{"uri":"i","scheduled_event":{"start_time":"soon","end_time":"later"}}}""")]
    [InlineData("""{"event":"invitee.created","payload":{"uri":"i"}}""")]
    public void Parse_Malformed_IsAProblem(string body) => Assert.False(CalendlyBookingParser.Parse(Encoding.UTF8.GetBytes(body)).IsValid);
}
