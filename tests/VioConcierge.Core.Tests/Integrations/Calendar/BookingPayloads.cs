using System.Text;
using System.Text.Json.Nodes;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

/// <summary>Real-shaped webhook bodies (providers.md examples) to vary per test.</summary>
public static class BookingPayloads
{
    public static JsonObject Calcom(string trigger = "BOOKING_CREATED") => (JsonObject)JsonNode.Parse("""
        {"triggerEvent":"TRIGGER","createdAt":"2026-05-04T09:12:33.000Z","payload":{
         "uid":"bkg_example_uid_1","bookingId":1001,"eventTypeId":42,"title":"Consultation between Example Clinic and Sam Patel",
         "eventTitle":"Consultation","length":30,"status":"ACCEPTED","startTime":"2026-05-06T13:00:00Z","endTime":"2026-05-06T13:30:00Z",
         "organizer":{"name":"Example Clinic","email":"desk@example.org","timeZone":"Europe/London"},
         "attendees":[{"name":"Sam Patel","email":"sam@example.net","firstName":"Sam","lastName":"Patel","timeZone":"Europe/London"}],
         "responses":{"name":{"label":"Your name","value":"Sam Patel"},"email":{"label":"Email","value":"sam@example.net"},
          "attendeePhoneNumber":{"label":"Phone","value":"+447700900001"}},"additionalNotes":""}}
        """.Replace("TRIGGER", trigger, StringComparison.Ordinal))!;

    public static JsonObject Calendly(string @event = "invitee.created") => (JsonObject)JsonNode.Parse("""
        {"created_at":"2026-05-04T09:12:33.000000Z","created_by":"https://api.calendly.com/users/AAAA","event":"TRIGGER","payload":{
         "uri":"https://api.calendly.com/scheduled_events/EV1/invitees/INV1","email":"sam@example.net","name":"Sam Patel",
         "first_name":null,"last_name":null,"status":"active","timezone":"Europe/London","text_reminder_number":null,
         "questions_and_answers":[],"rescheduled":false,"old_invitee":null,"new_invitee":null,
         "cancel_url":"https://calendly.com/cancellations/INV1","reschedule_url":"https://calendly.com/reschedulings/INV1",
         "scheduled_event":{"uri":"https://api.calendly.com/scheduled_events/EV1","name":"30 Minute Meeting",
          "start_time":"2026-05-06T13:00:00.000000Z","end_time":"2026-05-06T13:30:00.000000Z","status":"active",
          "event_type":"https://api.calendly.com/event_types/ET1","location":{"type":"outbound_call","location":"+44 7700 900456"},
          "event_memberships":[{"user":"https://api.calendly.com/users/AAAA","user_email":"desk@example.org"}]}}}
        """.Replace("TRIGGER", @event, StringComparison.Ordinal))!;

    public static JsonObject Payload(this JsonObject body) => body["payload"]!.AsObject();

    public static ReadOnlyMemory<byte> Bytes(this JsonNode body) => Encoding.UTF8.GetBytes(body.ToJsonString());
}
