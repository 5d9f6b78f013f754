using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// Validates one row exactly as <c>POST /api/contacts</c> validates a body (<see cref="ContactValidator.ForCreate"/>,
/// then PHI screening, where block mode turns findings into errors naming the field and rule), after the cell-level
/// checks of <see cref="ImportRowReader"/>. A field the file already got wrong is not reported twice.
/// </summary>
public static class ImportRowValidation
{
    public static ValidatedRow Validate(ImportRecord record, ImportColumns columns, ImportContext context)
    {
        var (input, cellErrors) = ImportRowReader.Read(record.Cells, columns);
        var parsed = ContactValidator.ForCreate(input, context.Defaults, context.Now);
        var errors = Combine(record.Row, cellErrors, parsed.Errors);
        if (errors.Count > 0)
        {
            return new ValidatedRow(record.Row, input, null, [], errors);
        }
        var draft = parsed.Value!;
        var warnings = PhiScreening.Scan(draft, context.Compliance);
        if (warnings.Count > 0 && context.Compliance.PhiAction == "block")
        {
            return new ValidatedRow(record.Row, input, null, warnings, ToErrors(record.Row, PhiScreening.AsErrors(warnings)));
        }
        return new ValidatedRow(record.Row, input, draft, warnings, []);
    }

    public static IReadOnlyList<ContactImportError> ToErrors(int row, FieldErrors errors) =>
        errors.ToDictionary().SelectMany(pair => pair.Value.Select(message => new ContactImportError(row, pair.Key, message))).ToArray();

    private static List<ContactImportError> Combine(int row, FieldErrors cells, FieldErrors? validator)
    {
        var fromCells = cells.ToDictionary();
        var errors = ToErrors(row, cells).ToList();
        if (validator is null)
        {
            return errors;
        }
        var appointmentReported = fromCells.ContainsKey(ImportFields.AppointmentDate) || fromCells.ContainsKey(ImportFields.AppointmentTime);
        foreach (var (field, messages) in validator.ToDictionary())
        {
            if (fromCells.ContainsKey(field) || (field == ImportFields.AppointmentTime && appointmentReported))
            {
                continue;
            }
            errors.AddRange(messages.Select(message => new ContactImportError(row, field, message)));
        }
        return errors;
    }
}
