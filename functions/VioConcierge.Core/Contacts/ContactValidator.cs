using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// Validates a create (every required field) or a partial update (the input over the stored contact) into a
/// <see cref="ContactDraft"/>, with one error list per field. The appointment is optional; one in the past is refused
/// on create and whenever the appointment time is being changed. Text holds no control characters.
/// </summary>
public static class ContactValidator
{
    public static Result<ContactDraft> ForCreate(ContactInput input, string defaultTimezone, int defaultCallBeforeHours, DateTimeOffset now) =>
        ForCreate(input, new ContactDefaults(defaultTimezone, defaultCallBeforeHours), now);

    /// <summary>A new contact: name and phone required; no appointment means no call is planned (seed 001).</summary>
    public static Result<ContactDraft> ForCreate(ContactInput input, ContactDefaults defaults, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.AddIf(input.Phone is null, "phone", "Phone is required.");
        var start = new ContactDraft(input.Name ?? "", "", "", null, null, input.Timezone ?? defaults.Timezone,
            input.CallBeforeHours ?? defaults.CallBeforeHours, null, null, null, null, null, null,
            input.BookingSource ?? "manual", null, "normal", "voice");
        CheckOwnTiming(input, defaults, errors);
        return Merge(start, input with { Name = input.Name ?? "", Timezone = input.Timezone ?? defaults.Timezone }, now, errors, appointmentRequiredInFuture: true);
    }

    /// <summary>A change over the stored contact; with <paramref name="defaults"/>, its own timing obeys the tenant's rule.</summary>
    public static Result<ContactDraft> ForUpdate(ContactDraft current, ContactInput input, DateTimeOffset now, ContactDefaults? defaults = null)
    {
        var errors = new FieldErrors();
        if (defaults is not null)
        {
            CheckOwnTiming(input, defaults, errors);
        }
        return Merge(current, input, now, errors, appointmentRequiredInFuture: input.AppointmentTime is { Length: > 0 });
    }

    private static void CheckOwnTiming(ContactInput input, ContactDefaults defaults, FieldErrors errors) =>
        errors.AddIf(!defaults.CustomTimingAllowed && input.CallBeforeHours is { } own && own != defaults.CallBeforeHours,
            "callBeforeHours", defaults.CustomTimingRefusal);

    private static Result<ContactDraft> Merge(ContactDraft current, ContactInput input, DateTimeOffset now, FieldErrors errors, bool appointmentRequiredInFuture)
    {
        var name = input.Name is null ? current.Name : ContactName.Normalise(input.Name);
        errors.AddIf(name is null, "name", "Name must be 2 to 100 characters of letters, spaces, hyphens and apostrophes.");

        var (phone, digits) = (current.Phone, current.PhoneDigits);
        if (input.Phone is not null)
        {
            if (UkPhoneNumber.TryParse(input.Phone, out var parsed))
            {
                (phone, digits) = (parsed.E164, UkPhoneNumber.DigitsForSearch(parsed.E164));
            }
            else
            {
                errors.Add("phone", "Phone must be a valid UK mobile or landline number, e.g. 07700 900123 or +44 20 7946 0958.");
            }
        }

        var email = current.Email;
        if (input.Email is not null)
        {
            email = input.Email.Trim().Length == 0 ? null : EmailAddress.TryParse(input.Email, out var parsedEmail) ? parsedEmail.Value : null;
            errors.AddIf(input.Email.Trim().Length > 0 && email is null, "email", "Email address is not valid.");
        }

        var timezone = input.Timezone?.Trim() ?? current.Timezone;
        var zoneValid = TimeZones.IsValidIana(timezone);
        errors.AddIf(!zoneValid, "timezone", "Time zone must be an IANA id such as Europe/London.");

        var appointment = current.AppointmentAt;
        if (input.AppointmentTime is { } given && given.Trim().Length == 0)
        {
            appointment = null; // "" clears it, as for optional text: the reminder stops
        }
        else if (input.AppointmentTime is not null && zoneValid)
        {
            if (AppointmentTime.TryParse(input.AppointmentTime, timezone, out var instant, out var error))
            {
                appointment = instant;
                errors.AddIf(appointmentRequiredInFuture && instant <= now, "appointmentTime", "Appointment time must be in the future.");
            }
            else
            {
                errors.Add("appointmentTime", error!);
            }
        }

        var callBefore = input.CallBeforeHours ?? current.CallBeforeHours;
        errors.AddIf(callBefore is < ContactOptions.MinCallBeforeHours or > ContactOptions.MaxCallBeforeHours, "callBeforeHours",
            $"Call timing must be {ContactOptions.MinCallBeforeHours} to {ContactOptions.MaxCallBeforeHours} hours before the appointment.");
        var duration = input.DurationMinutes ?? current.DurationMinutes;
        errors.AddIf(duration is not null && !ContactOptions.Durations.Contains(duration.Value), "durationMinutes",
            $"Duration must be one of: {string.Join(", ", ContactOptions.Durations)} minutes.");

        var notes = Text(input.Notes, current.Notes, ContactOptions.NotesMaxLength, "notes", errors, multiLine: true);
        var instructions = Text(input.SpecialInstructions, current.SpecialInstructions, ContactOptions.SpecialInstructionsMaxLength, "specialInstructions", errors, multiLine: true);
        var type = Text(input.AppointmentType, current.AppointmentType, ContactOptions.ShortTextMaxLength, "appointmentType", errors);
        var owner = Text(input.OwnerName, current.OwnerName, ContactOptions.ShortTextMaxLength, "ownerName", errors);
        var company = Text(input.CompanyName, current.CompanyName, ContactOptions.ShortTextMaxLength, "companyName", errors);

        var source = input.BookingSource ?? current.BookingSource;
        errors.AddIf(!ContactOptions.BookingSources.Contains(source), "bookingSource", $"Booking source must be one of: {string.Join(", ", ContactOptions.BookingSources)}.");
        var priority = input.Priority ?? current.Priority;
        errors.AddIf(!ContactOptions.Priorities.Contains(priority), "priority", $"Priority must be one of: {string.Join(", ", ContactOptions.Priorities)}.");
        var method = input.PreferredContactMethod ?? current.PreferredContactMethod;
        errors.AddIf(!ContactOptions.ContactMethods.Contains(method), "preferredContactMethod",
            $"Preferred contact method must be one of: {string.Join(", ", ContactOptions.ContactMethods)}.");

        if (!errors.IsEmpty)
        {
            return errors;
        }
        return new ContactDraft(name!, phone, digits, email, appointment, timezone, callBefore, notes, type, owner, company,
            duration, instructions, source, input.LocationId ?? current.LocationId, priority, method);
    }

    private static string? Text(string? input, string? current, int maxLength, string field, FieldErrors errors, bool multiLine = false)
    {
        if (input is null)
        {
            return current;
        }
        var trimmed = input.Trim();
        errors.AddIf(trimmed.Length > maxLength, field, $"Must be at most {maxLength} characters.");
        errors.AddIf(ControlCharacters.AnyIn(trimmed, allowLineBreaks: multiLine), field, ControlCharacters.Message);
        return trimmed.Length == 0 ? null : trimmed;
    }
}
