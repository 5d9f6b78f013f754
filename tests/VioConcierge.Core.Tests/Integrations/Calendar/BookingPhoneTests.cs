using System.Text.Json.Nodes;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class BookingPhoneTests
{
    private static BookingPhone CalcomPhone(Action<JsonObject> change)
    {
        var body = BookingPayloads.Calcom();
        body.Payload()["responses"]!.AsObject().Remove("attendeePhoneNumber");
        change(body.Payload());
        return CalcomBookingParser.Parse(body.Bytes()).Event!.Phone;
    }

    private static BookingPhone CalendlyPhone(Action<JsonObject> change)
    {
        var body = BookingPayloads.Calendly();
        body.Payload()["scheduled_event"]!["location"] = new JsonObject { ["type"] = "zoom", ["location"] = "https://zoom.example/j/1" };
        change(body.Payload());
        return CalendlyBookingParser.Parse(body.Bytes()).Event!.Phone;
    }

    private static BookingPhone Valid(string e164) => new(PhoneFinding.Valid, e164);

    [Theory]
    [InlineData("+44 7700 900456")]
    [InlineData("07700 900456")]
    [InlineData("+447700900456")]
    [InlineData("0044 (0)7700-900456")]
    public void Calcom_AttendeePhoneResponse_InAnyWrittenForm(string written) =>
        Assert.Equal(Valid("+447700900456"), CalcomPhone(p => p["responses"]!["attendeePhoneNumber"] = new JsonObject { ["value"] = written }));

    [Fact]
    public void Calcom_AttendeesPhoneNumber_WhenNoResponse() =>
        Assert.Equal(Valid("+447700900456"), CalcomPhone(p => p["attendees"]![0]!["phoneNumber"] = "07700 900456"));

    [Fact]
    public void Calcom_PhoneLocationOptionValue_WhenNoAttendeePhone() =>
        Assert.Equal(Valid("+447700900456"), CalcomPhone(p => p["responses"]!["location"] = JsonNode.Parse(
            """{"label":"Location","value":{"value":"phone","optionValue":"+44 7700 900456"}}""")));

    [Fact]
    public void Calcom_InPersonLocationOptionValue_IsNotAPhone() =>
        Assert.Equal(BookingPhone.None, CalcomPhone(p => p["responses"]!["location"] = JsonNode.Parse(
            """{"label":"Location","value":{"value":"attendeeInPerson","optionValue":"07700 900456"}}""")));

    [Fact]
    public void Calcom_SmsReminderNumber_Last() =>
        Assert.Equal(Valid("+447700900456"), CalcomPhone(p => p["smsReminderNumber"] = "07700900456"));

    [Fact]
    public void Calcom_ExtractionOrder_AttendeeResponseFirst() =>
        Assert.Equal(Valid("+447700900111"), CalcomPhone(p =>
        {
            p["smsReminderNumber"] = "07700 900444";
            p["attendees"]![0]!["phoneNumber"] = "07700 900222";
            p["responses"]!["attendeePhoneNumber"] = new JsonObject { ["value"] = "07700 900111" };
        }));

    [Fact]
    public void Calcom_InvalidFirstCandidate_FallsBackToTheNextValidOne() =>
        Assert.Equal(Valid("+447700900222"), CalcomPhone(p =>
        {
            p["responses"]!["attendeePhoneNumber"] = new JsonObject { ["value"] = "+1 212 555 0100" };
            p["attendees"]![0]!["phoneNumber"] = "07700 900222";
        }));

    [Fact]
    public void Calcom_NoPhoneAnywhere_IsNone() => Assert.Equal(BookingPhone.None, CalcomPhone(_ => { }));

    [Fact]
    public void Calcom_OnlyUnusableNumbers_IsInvalidNotNone() =>
        Assert.Equal(new BookingPhone(PhoneFinding.Invalid, null), CalcomPhone(p => p["smsReminderNumber"] = "0900 123 4567"));

    [Fact]
    public void Calendly_OutboundCallLocation_First() =>
        Assert.Equal(Valid("+447700900456"), CalendlyPhone(p =>
        {
            p["scheduled_event"]!["location"] = new JsonObject { ["type"] = "outbound_call", ["location"] = "+44 7700 900456" };
            p["text_reminder_number"] = "07700 900999";
        }));

    [Fact]
    public void Calendly_TextReminderNumber_WhenNoCallLocation() =>
        Assert.Equal(Valid("+447700900456"), CalendlyPhone(p => p["text_reminder_number"] = "+44 7700 900456"));

    [Fact]
    public void Calendly_PhoneQuestionAnswer_WhenNothingElse() =>
        Assert.Equal(Valid("+447700900456"), CalendlyPhone(p => p["questions_and_answers"] = JsonNode.Parse(
            """[{"question":"Anything we should know?","answer":"No","position":0},{"question":"Mobile phone number","answer":"07700 900456","position":1}]""")));

    [Fact]
    public void Calendly_NoPhoneAnywhere_IsNone_AndBadOneIsInvalid()
    {
        Assert.Equal(BookingPhone.None, CalendlyPhone(_ => { }));
        Assert.Equal(PhoneFinding.Invalid, CalendlyPhone(p => p["text_reminder_number"] = "+33 1 23 45 67 89").Finding);
    }
}
