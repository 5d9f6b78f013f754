using System.Text;
using System.Text.Json.Nodes;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class CalcomBookingParserTests
{
    private static BookingEvent Read(JsonObject body)
    {
        var parse = CalcomBookingParser.Parse(body.Bytes());
        Assert.True(parse.IsValid, parse.Problem);
        return parse.Event!;
    }

    [Fact]
    public void Parse_ExampleCreated_ReadsEveryField()
    {
        var booking = Read(BookingPayloads.Calcom());

        Assert.Equal(BookingEventKind.Created, booking.Kind);
        Assert.Equal(CalendarProvider.CalCom, booking.Provider);
        Assert.Equal("bkg_example_uid_1", booking.ExternalId);
        Assert.Null(booking.PreviousExternalId);
        Assert.Equal("Sam Patel", booking.Name);
        Assert.Equal("sam@example.net", booking.Email);
        Assert.Equal(new BookingPhone(PhoneFinding.Valid, "+447700900001"), booking.Phone);
        Assert.Equal(new DateTimeOffset(2026, 5, 6, 13, 0, 0, TimeSpan.Zero), booking.StartUtc);
        Assert.Equal(new DateTimeOffset(2026, 5, 6, 13, 30, 0, TimeSpan.Zero), booking.EndUtc);
        Assert.Equal("Europe/London", booking.TimeZone);
        Assert.Equal(30, booking.DurationMinutes);
        Assert.Equal("Consultation", booking.AppointmentType);
        Assert.Null(booking.Notes);
        Assert.Equal("42", booking.EventType);
        Assert.Equal("desk@example.org", booking.OrganizerEmail);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 9, 12, 33, TimeSpan.Zero), booking.OccurredAt);
        Assert.Equal(new BookingReceipt("BOOKING_CREATED", "bkg_example_uid_1@2026-05-04T09:12:33.000Z"), booking.Receipt);
    }

    [Fact]
    public void Parse_Rescheduled_NamesTheNewAndThePreviousBooking()
    {
        var body = BookingPayloads.Calcom("BOOKING_RESCHEDULED");
        body.Payload()["uid"] = "bkg_new";
        body.Payload()["rescheduleUid"] = "bkg_example_uid_1";

        var booking = Read(body);

        Assert.Equal(BookingEventKind.Rescheduled, booking.Kind);
        Assert.Equal("bkg_new", booking.ExternalId);
        Assert.Equal("bkg_example_uid_1", booking.PreviousExternalId);
        Assert.Equal(["bkg_new", "bkg_example_uid_1"], booking.ExternalIds);
    }

    [Fact]
    public void Parse_CancelledWithoutTimes_IsStillACancellation()
    {
        var body = BookingPayloads.Calcom("BOOKING_CANCELLED");
        body.Payload().Remove("startTime");
        body.Payload().Remove("endTime");

        var booking = Read(body);

        Assert.Equal(BookingEventKind.Cancelled, booking.Kind);
        Assert.Null(booking.StartUtc);
        Assert.Equal("BOOKING_CANCELLED", booking.Receipt!.Event);
    }

    [Fact]
    public void Parse_PingWithoutPayload_IsAPing() =>
        Assert.Equal(BookingEventKind.Ping, Read(new JsonObject { ["triggerEvent"] = "PING" }).Kind);

    [Theory]
    [InlineData("MEETING_ENDED")]
    [InlineData("BOOKING_REJECTED")]
    [InlineData("booking_created")]
    public void Parse_OtherTriggers_AreIgnoredWhateverTheirPayload(string trigger)
    {
        var booking = Read(new JsonObject { ["triggerEvent"] = trigger, ["payload"] = "not an object" });

        Assert.Equal(BookingEventKind.Ignored, booking.Kind);
        Assert.Null(booking.Receipt);
    }

    [Theory]
    [InlineData("2026-05-06T13:00:00Z")]
    [InlineData("2026-05-06T13:00:00.000Z")]
    [InlineData("2026-05-06T13:00:00+00:00")]
    [InlineData("2026-05-06T14:00:00+01:00")]
    public void Parse_StartTimeInEachUtcForm_IsTheSameInstant(string start)
    {
        var body = BookingPayloads.Calcom();
        body.Payload()["startTime"] = start;

        Assert.Equal(new DateTimeOffset(2026, 5, 6, 13, 0, 0, TimeSpan.Zero), Read(body).StartUtc);
    }

    [Fact]
    public void Parse_AppointmentInBritishSummerTime_StaysInUtc()
    {
        // 10:00 in London on 30 March 2026 (BST, UTC+1) is 09:00 UTC; the provider sends UTC.
        var body = BookingPayloads.Calcom();
        body.Payload()["startTime"] = "2026-03-30T09:00:00.000Z";
        body.Payload()["endTime"] = "2026-03-30T09:45:00.000Z";
        body.Payload().Remove("length");

        var booking = Read(body);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.FromHours(1)), booking.StartUtc);
        Assert.Equal(TimeSpan.Zero, booking.StartUtc!.Value.Offset);
        Assert.Equal(45, booking.DurationMinutes);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"createdAt":"2026-05-04T09:12:33Z","payload":{}}""")]
    [InlineData("""{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-05-04T09:12:33Z"}""")]
    [InlineData("""{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-05-04T09:12:33Z","payload":{"startTime":"2026-05-06T13:00:00Z","endTime":"2026-05-06T13:30:00Z"}}""")]
    [InlineData("""{"triggerEvent":"BOOKING_CREATED","payload":{"uid":"u","startTime":"2026-05-06T13:00:00Z","endTime":"2026-05-06T13:30:00Z"}}""")]
    [InlineData("""{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-05-04T09:12:33Z","payload":{"uid":"u","startTime":"2026-05-06T13:00:00","endTime":"2026-05-06T13:30:00"}}""")]
    [InlineData("""{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-05-04T09:12:33Z","payload":{"uid":"u","startTime":"2026-05-06T13:30:00Z","endTime":"2026-05-06T13:00:00Z"}}""")]
    [InlineData("""{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-05-04T09:12:33Z","payload":{"uid":42,"startTime":"2026-05-06T13:00:00Z","endTime":"2026-05-06T13:30:00Z"}}""")]
    public void Parse_MalformedBooking_IsAProblem(string body)
    {
        var parse = CalcomBookingParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.False(parse.IsValid);
        Assert.NotNull(parse.Problem);
    }

    [Fact]
    public void Parse_NotesFromAdditionalNotesElseResponses()
    {
        var body = BookingPayloads.Calcom();
        body.Payload()["responses"]!["notes"] = new JsonObject { ["label"] = "Notes", ["value"] = "Bring the referral letter" };
        Assert.Equal("Bring the referral letter", Read(body).Notes);

        body.Payload()["additionalNotes"] = "Wheelchair access please";
        Assert.Equal("Wheelchair access please", Read(body).Notes);
    }

    [Fact]
    public void Parse_NoAttendeeTimeZone_UsesTheOrganizersElseNone()
    {
        var body = BookingPayloads.Calcom();
        body.Payload()["attendees"]![0]!["timeZone"] = "Not/AZone";
        body.Payload()["organizer"]!["timeZone"] = "Europe/Dublin";
        Assert.Equal("Europe/Dublin", Read(body).TimeZone);

        body.Payload()["organizer"]!.AsObject().Remove("timeZone");
        Assert.Null(Read(body).TimeZone);
    }

    [Fact]
    public void Parse_NameFromFirstAndLast_ElseFromResponses()
    {
        var body = BookingPayloads.Calcom();
        body.Payload()["attendees"] = new JsonArray();
        body.Payload()["responses"]!["name"] = new JsonObject { ["value"] = new JsonObject { ["firstName"] = "Priya", ["lastName"] = "Shah" } };

        var booking = Read(body);

        Assert.Equal("Priya Shah", booking.Name);
        Assert.Equal("sam@example.net", booking.Email);
    }
}
