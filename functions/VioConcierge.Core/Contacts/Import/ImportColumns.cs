using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// Which CSV column feeds which contact field: the explicit mapping first (field -> header; an empty header leaves
/// the field out), then recognised header spellings for the fields still unmapped (the first matching column wins).
/// A time column without a date column is read as holding both. Name, phone and the appointment are required.
/// </summary>
public sealed class ImportColumns
{
    private readonly Dictionary<string, ImportColumn> _byField;

    public ImportColumns(IEnumerable<ImportColumn> columns)
    {
        _byField = columns.ToDictionary(column => column.Field, StringComparer.Ordinal);
    }

    public IReadOnlyList<ImportColumn> All => _byField.Values.OrderBy(column => column.Index).ToArray();

    public ImportColumn? Find(string field) => _byField.GetValueOrDefault(field);

    public static Result<ImportColumns> Resolve(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string?>? mapping)
    {
        var errors = new FieldErrors();
        var chosen = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        var left = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, header) in mapping ?? new Dictionary<string, string?>())
        {
            var field = ImportFields.Canonical(key);
            if (field is null)
            {
                errors.Add("mapping", $"Unknown field '{key}'. Fields: {string.Join(", ", ImportFields.All)}.");
            }
            else if (string.IsNullOrWhiteSpace(header))
            {
                left.Add(field);
            }
            else if (IndexOf(headers, header, chosen.Values) is { } index)
            {
                chosen[field] = new ImportColumn(field, index, headers[index]);
            }
            else
            {
                errors.Add("mapping", $"The file has no column '{header}' (mapped to {field}).");
            }
        }
        for (var i = 0; i < headers.Count; i++)
        {
            if (ImportHeaders.FieldFor(headers[i]) is { } field && !chosen.ContainsKey(field) && !left.Contains(field)
                && chosen.Values.All(column => column.Index != i))
            {
                chosen[field] = new ImportColumn(field, i, headers[i]);
            }
        }
        Normalise(chosen);
        RequireColumns(chosen, errors);
        return errors.IsEmpty ? new ImportColumns(chosen.Values) : errors;
    }

    private static int? IndexOf(IReadOnlyList<string> headers, string header, IEnumerable<ImportColumn> taken)
    {
        var used = taken.Select(column => column.Index).ToHashSet();
        for (var i = 0; i < headers.Count; i++)
        {
            if (!used.Contains(i) && string.Equals(headers[i].Trim(), header.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return null;
    }

    private static void Normalise(Dictionary<string, ImportColumn> chosen)
    {
        if (!chosen.ContainsKey(ImportFields.Appointment) && !chosen.ContainsKey(ImportFields.AppointmentDate)
            && chosen.Remove(ImportFields.AppointmentTime, out var lone))
        {
            chosen[ImportFields.Appointment] = lone with { Field = ImportFields.Appointment };
        }
        if (chosen.ContainsKey(ImportFields.Appointment))
        {
            chosen.Remove(ImportFields.AppointmentDate);
            chosen.Remove(ImportFields.AppointmentTime);
        }
    }

    private static void RequireColumns(Dictionary<string, ImportColumn> chosen, FieldErrors errors)
    {
        foreach (var field in new[] { ImportFields.Name, ImportFields.Phone })
        {
            errors.AddIf(!chosen.ContainsKey(field), field,
                $"Required column '{field}' is missing: add a column such as {ImportHeaders.Examples(field)}, or map one.");
        }
        if (chosen.ContainsKey(ImportFields.Appointment))
        {
            return;
        }
        if (chosen.ContainsKey(ImportFields.AppointmentDate))
        {
            errors.AddIf(!chosen.ContainsKey(ImportFields.AppointmentTime), ImportFields.AppointmentTime,
                "Required column 'appointmentTime' is missing: the file has an appointment date column but no time column.");
            return;
        }
        errors.Add(ImportFields.AppointmentTime,
            "Required columns 'appointmentDate' and 'appointmentTime' are missing: add Appointment Date and Appointment Time columns, or one Appointment (date and time) column.");
    }
}
