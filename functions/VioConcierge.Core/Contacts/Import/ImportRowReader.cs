using System.Globalization;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// Reads one CSV record, through the resolved columns, into the <see cref="ContactInput"/> the API validates.
/// Empty cells are "not given". What only a file can get wrong (an empty required cell, an unreadable date,
/// time or number) is reported here as field errors; everything else is left to <see cref="ContactValidator"/>.
/// </summary>
public static class ImportRowReader
{
    public static (ContactInput Input, FieldErrors Errors) Read(IReadOnlyList<string> cells, ImportColumns columns)
    {
        var errors = new FieldErrors();
        string? Cell(string field) =>
            columns.Find(field) is { } column && column.Index < cells.Count && cells[column.Index].Trim() is { Length: > 0 } value ? value : null;

        var name = Cell(ImportFields.Name);
        errors.AddIf(name is null, ImportFields.Name, "Name is required.");
        var phone = Cell(ImportFields.Phone);
        errors.AddIf(phone is null, ImportFields.Phone, "Phone is required.");
        var input = new ContactInput(
            Name: name,
            Phone: phone,
            Email: Cell(ImportFields.Email),
            AppointmentTime: Appointment(Cell, columns, errors),
            Timezone: Cell(ImportFields.Timezone),
            CallBeforeHours: Number(Cell(ImportFields.CallBeforeHours), ImportFields.CallBeforeHours, errors),
            Notes: Cell(ImportFields.Notes),
            AppointmentType: Cell(ImportFields.AppointmentType),
            OwnerName: Cell(ImportFields.OwnerName),
            CompanyName: Cell(ImportFields.CompanyName),
            DurationMinutes: Number(Cell(ImportFields.DurationMinutes), ImportFields.DurationMinutes, errors),
            SpecialInstructions: Cell(ImportFields.SpecialInstructions),
            Priority: Cell(ImportFields.Priority)?.ToLowerInvariant());
        return (input, errors);
    }

    private static string? Appointment(Func<string, string?> cell, ImportColumns columns, FieldErrors errors)
    {
        if (columns.Find(ImportFields.Appointment) is not null)
        {
            var text = cell(ImportFields.Appointment);
            if (text is null)
            {
                errors.Add(ImportFields.AppointmentTime, "Appointment date and time are required.");
                return null;
            }
            errors.AddIf(!ImportDateTime.TryParseCombined(text, out var combined), ImportFields.AppointmentTime, ImportDateTime.CombinedError);
            return combined.Length > 0 ? combined : null;
        }
        var (dateText, timeText) = (cell(ImportFields.AppointmentDate), cell(ImportFields.AppointmentTime));
        errors.AddIf(dateText is null, ImportFields.AppointmentDate, "Appointment date is required.");
        errors.AddIf(timeText is null, ImportFields.AppointmentTime, "Appointment time is required.");
        var date = default(DateOnly);
        var time = default(TimeOnly);
        var dateOk = dateText is not null && ImportDateTime.TryParseDate(dateText, out date);
        var timeOk = timeText is not null && ImportDateTime.TryParseTime(timeText, out time);
        errors.AddIf(dateText is not null && !dateOk, ImportFields.AppointmentDate, ImportDateTime.DateError);
        errors.AddIf(timeText is not null && !timeOk, ImportFields.AppointmentTime, ImportDateTime.TimeError);
        return dateOk && timeOk ? ImportDateTime.Local(date, time) : null;
    }

    private static int? Number(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var ok = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value);
        errors.AddIf(!ok, field, "Must be a whole number.");
        return ok ? value : null;
    }
}
