using System.Text.Json;
using VioConcierge.Core.Contacts;
using static VioConcierge.Core.Integrations.Calendar.JsonFields;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Reads a Calendly webhook (<c>{"event", "created_at", "payload"}</c>, API v2 invitee payload, providers.md).
/// Phone, in this order: the scheduled event's location when its type is <c>outbound_call</c> (the number the host
/// will ring, given by the invitee for this meeting), <c>text_reminder_number</c>, then the answer to the first
/// question that asks for a phone (<see cref="CalendlyAnswers"/>). Notes: the other questions and answers.
/// Appointment type: the scheduled event's name. Duration: end minus start.
/// </summary>
public static class CalendlyBookingParser
{
    public const string InviteeCreated = "invitee.created";
    public const string InviteeCanceled = "invitee.canceled";

    public static BookingParse Parse(ReadOnlyMemory<byte> body) => ParseBody(body, Parse);

    public static BookingParse Parse(JsonElement root)
    {
        if (Present(root, "event") is not { Length: <= 100 } trigger)
        {
            return BookingParse.Malformed("event is missing or not a string");
        }
        if (trigger is not (InviteeCreated or InviteeCanceled))
        {
            return BookingParse.Ok(new BookingEvent { Provider = CalendarProvider.Calendly, Kind = BookingEventKind.Ignored, Trigger = trigger });
        }
        if (Object(root, "payload") is not { } payload)
        {
            return BookingParse.Malformed("payload is missing or not an object");
        }
        if (BookingId(payload, "uri") is not { } uri)
        {
            return BookingParse.Malformed("payload.uri is missing or not a string");
        }
        var scheduled = Object(payload, "scheduled_event");
        var created = trigger == InviteeCreated;
        var times = BookingTimes.Read(Text(scheduled, "start_time"), Text(scheduled, "end_time"), required: created);
        if (times.Problem is { } problem)
        {
            return BookingParse.Malformed("scheduled_event: " + problem);
        }
        var previous = BookingId(payload, "old_invitee");
        var answers = CalendlyAnswers.Read(payload);
        return BookingParse.Ok(new BookingEvent
        {
            Provider = CalendarProvider.Calendly,
            Kind = !created ? BookingEventKind.Cancelled : previous is null ? BookingEventKind.Created : BookingEventKind.Rescheduled,
            Trigger = trigger,
            Receipt = new BookingReceipt(trigger, uri),
            ExternalId = uri,
            PreviousExternalId = previous,
            Rescheduled = !created && IsTrue(payload, "rescheduled"),
            NewExternalId = created ? null : BookingId(payload, "new_invitee"),
            Name = Name(Present(payload, "first_name"), Present(payload, "last_name"), Present(payload, "name")),
            Email = Present(payload, "email"),
            Phone = BookingPhone.FirstUsable([CallLocation(scheduled), Present(payload, "text_reminder_number"), answers.Phone]),
            StartUtc = times.Start,
            EndUtc = times.End,
            TimeZone = Zone(Present(payload, "timezone")),
            DurationMinutes = BookingDuration.Snap(times.Minutes),
            AppointmentType = Clip(Present(scheduled, "name"), ContactOptions.ShortTextMaxLength),
            Notes = answers.Notes,
            EventType = BookingId(scheduled, "event_type"),
            OrganizerEmail = Array(scheduled, "event_memberships").Select(member => Present(member, "user_email")).FirstOrDefault(email => email is not null),
            OccurredAt = ProviderTime.TryParseUtc(Text(root, "created_at"), out var at) ? at : null,
        });
    }

    private static string? CallLocation(JsonElement? scheduled)
    {
        var location = scheduled is { } s ? Object(s, "location") : null;
        return Present(location, "type") == "outbound_call" ? Present(location, "location") : null;
    }
}
