using System.Globalization;
using System.Text.Json;
using VioConcierge.Core.Contacts;
using static VioConcierge.Core.Integrations.Calendar.JsonFields;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Reads a Cal.com webhook (<c>{"triggerEvent", "createdAt", "payload"}</c>, providers.md). Phone, in this order:
/// <c>responses.attendeePhoneNumber.value</c>, <c>attendees[0].phoneNumber</c>,
/// <c>responses.location.value.optionValue</c> when <c>responses.location.value.value</c> is <c>phone</c>, then
/// <c>smsReminderNumber</c>. Name and email come from the first attendee (the booker), else the responses. Notes:
/// <c>additionalNotes</c>, else <c>responses.notes.value</c>. Appointment type: the event type's title
/// (<c>eventTitle</c>), else the booking <c>title</c>. Duration: <c>length</c>, else end minus start.
/// </summary>
public static class CalcomBookingParser
{
    public const string Ping = "PING";
    public const string Created = "BOOKING_CREATED";
    public const string Rescheduled = "BOOKING_RESCHEDULED";
    public const string Cancelled = "BOOKING_CANCELLED";

    public static BookingParse Parse(ReadOnlyMemory<byte> body) => ParseBody(body, Parse);

    public static BookingParse Parse(JsonElement root)
    {
        if (Present(root, "triggerEvent") is not { Length: <= 100 } trigger)
        {
            return BookingParse.Malformed("triggerEvent is missing or not a string");
        }
        var kind = trigger switch
        {
            Ping => BookingEventKind.Ping,
            Created => BookingEventKind.Created,
            Rescheduled => BookingEventKind.Rescheduled,
            Cancelled => BookingEventKind.Cancelled,
            _ => BookingEventKind.Ignored,
        };
        if (kind is BookingEventKind.Ping or BookingEventKind.Ignored)
        {
            return BookingParse.Ok(new BookingEvent { Provider = CalendarProvider.CalCom, Kind = kind, Trigger = trigger });
        }
        if (Object(root, "payload") is not { } payload)
        {
            return BookingParse.Malformed("payload is missing or not an object");
        }
        if (BookingId(payload, "uid") is not { } uid)
        {
            return BookingParse.Malformed("payload.uid is missing or not a string");
        }
        if (Present(root, "createdAt") is not { Length: <= 40 } createdAt || !ProviderTime.TryParseUtc(createdAt, out var occurredAt))
        {
            return BookingParse.Malformed("createdAt is missing or not an ISO-8601 UTC time");
        }
        var times = BookingTimes.Read(Text(payload, "startTime"), Text(payload, "endTime"), required: kind != BookingEventKind.Cancelled);
        if (times.Problem is { } problem)
        {
            return BookingParse.Malformed(problem);
        }
        return BookingParse.Ok(Read(payload, kind, trigger, uid) with
        {
            Receipt = new BookingReceipt(trigger, $"{uid}@{createdAt}"),
            OccurredAt = occurredAt,
            StartUtc = times.Start,
            EndUtc = times.End,
            DurationMinutes = BookingDuration.Snap(Length(payload) ?? times.Minutes),
        });
    }

    private static BookingEvent Read(JsonElement payload, BookingEventKind kind, string trigger, string uid)
    {
        var attendee = Array(payload, "attendees").FirstOrDefault(a => a.ValueKind == JsonValueKind.Object);
        JsonElement? booker = attendee.ValueKind == JsonValueKind.Object ? attendee : null;
        var responses = Object(payload, "responses");
        var organizer = Object(payload, "organizer");
        return new BookingEvent
        {
            Provider = CalendarProvider.CalCom,
            Kind = kind,
            Trigger = trigger,
            ExternalId = uid,
            PreviousExternalId = BookingId(payload, "rescheduleUid"),
            Name = Name(Present(booker, "firstName"), Present(booker, "lastName"), Present(booker, "name"), ResponseText(responses, "name")),
            Email = Present(booker, "email") ?? ResponseText(responses, "email"),
            Phone = BookingPhone.FirstUsable(PhoneCandidates(payload, booker, responses)),
            TimeZone = Zone(Present(booker, "timeZone"), Present(organizer, "timeZone")),
            AppointmentType = Clip(Present(payload, "eventTitle") ?? Present(payload, "title"), ContactOptions.ShortTextMaxLength),
            Notes = Present(payload, "additionalNotes") ?? ResponseText(responses, "notes"),
            EventType = EventTypeId(payload),
            OrganizerEmail = Present(organizer, "email"),
        };
    }

    private static IEnumerable<string?> PhoneCandidates(JsonElement payload, JsonElement? booker, JsonElement? responses)
    {
        yield return ResponseText(responses, "attendeePhoneNumber");
        yield return Present(booker, "phoneNumber");
        var location = responses is { } r ? Object(r, "location") : null;
        var choice = location is { } l ? Object(l, "value") : null;
        if (Present(choice, "value") == "phone")
        {
            yield return Present(choice, "optionValue");
        }
        yield return Present(payload, "smsReminderNumber");
    }

    /// <summary><c>responses.{name}.value</c> when it is a string (Cal.com also sends objects, e.g. a split name).</summary>
    private static string? ResponseText(JsonElement? responses, string name)
    {
        var response = responses is { } r ? Object(r, name) : null;
        if (response is { } value && value.TryGetProperty("value", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            return Name(Present(inner, "firstName"), Present(inner, "lastName"));
        }
        return Present(response, "value");
    }

    private static string? EventTypeId(JsonElement payload) =>
        payload.TryGetProperty("eventTypeId", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value) && value > 0
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;

    private static double? Length(JsonElement payload) =>
        payload.TryGetProperty("length", out var length) && length.ValueKind == JsonValueKind.Number && length.TryGetDouble(out var minutes)
            ? minutes
            : null;
}
