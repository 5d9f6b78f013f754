using System.Text.Json.Nodes;

namespace VioConcierge.Functions.Tests.Webhooks.Calendar;

/// <summary>Cal.com and Calendly webhook bodies of the documented shapes (providers.md), for a given booking and time.</summary>
public static class BookingBodies
{
    public static JsonObject Calcom(string trigger, string uid, DateTimeOffset start, string? phone = "+447700900001", string? rescheduleUid = null,
        int eventTypeId = 42, string email = "sam@example.net", string notes = "", DateTimeOffset? createdAt = null)
    {
        var body = (JsonObject)JsonNode.Parse("""
            {"triggerEvent":"","createdAt":"","payload":{
             "uid":"","bookingId":1001,"eventTypeId":42,"title":"Consultation between Example Clinic and Sam Patel","eventTitle":"Consultation",
             "length":30,"status":"ACCEPTED","startTime":"","endTime":"",
             "organizer":{"name":"Example Clinic","email":"desk@example.org","timeZone":"Europe/London"},
             "attendees":[{"name":"Sam Patel","email":"sam@example.net","firstName":"Sam","lastName":"Patel","timeZone":"Europe/London"}],
             "responses":{"name":{"label":"Your name","value":"Sam Patel"},"email":{"label":"Email","value":"sam@example.net"}},
             "additionalNotes":""}}
            """)!;
        body["triggerEvent"] = trigger;
        body["createdAt"] = CalendarHooks.Iso(createdAt ?? DateTimeOffset.UtcNow);
        var payload = body["payload"]!.AsObject();
        payload["uid"] = uid;
        payload["eventTypeId"] = eventTypeId;
        payload["startTime"] = CalendarHooks.Iso(start);
        payload["endTime"] = CalendarHooks.Iso(start.AddMinutes(30));
        payload["attendees"]![0]!["email"] = email;
        payload["responses"]!["email"]!["value"] = email;
        payload["additionalNotes"] = notes;
        if (phone is not null)
        {
            payload["responses"]!["attendeePhoneNumber"] = new JsonObject { ["label"] = "Phone", ["value"] = phone };
        }
        if (rescheduleUid is not null)
        {
            payload["rescheduleUid"] = rescheduleUid;
        }
        return body;
    }

    public static JsonObject Calendly(string @event, string invitee, DateTimeOffset start, string? oldInvitee = null, string? newInvitee = null,
        string phone = "+44 7700 900456")
    {
        var body = (JsonObject)JsonNode.Parse("""
            {"created_at":"2026-05-04T09:12:33.000000Z","created_by":"https://api.calendly.com/users/AAAA","event":"","payload":{
             "uri":"","email":"sam@example.net","name":"Sam Patel","first_name":null,"last_name":null,"status":"active",
             "timezone":"Europe/London","text_reminder_number":null,
             "questions_and_answers":[{"question":"Anything we should know?","answer":"Running late sometimes","position":0}],
             "rescheduled":false,"old_invitee":null,"new_invitee":null,
             "scheduled_event":{"uri":"https://api.calendly.com/scheduled_events/EV1","name":"30 Minute Meeting","start_time":"","end_time":"",
              "status":"active","event_type":"https://api.calendly.com/event_types/ET1","location":{"type":"outbound_call","location":""},
              "event_memberships":[{"user":"https://api.calendly.com/users/AAAA","user_email":"desk@example.org"}]}}}
            """)!;
        body["event"] = @event;
        var payload = body["payload"]!.AsObject();
        payload["uri"] = invitee;
        payload["old_invitee"] = oldInvitee;
        payload["new_invitee"] = newInvitee;
        payload["rescheduled"] = newInvitee is not null;
        payload["status"] = @event == "invitee.canceled" ? "canceled" : "active";
        payload["scheduled_event"]!["start_time"] = CalendarHooks.Iso(start);
        payload["scheduled_event"]!["end_time"] = CalendarHooks.Iso(start.AddMinutes(30));
        payload["scheduled_event"]!["location"]!["location"] = phone;
        return body;
    }
}
