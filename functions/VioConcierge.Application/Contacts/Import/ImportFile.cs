using System.Globalization;
using System.Text;
using System.Text.Unicode;
using VioConcierge.Application.Csv;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// An uploaded CSV decoded (UTF-8, optional BOM) and split into its header and data records, with the column
/// mapping resolved. Blank records are left out but still counted, so row numbers match the file.
/// </summary>
public sealed record ImportFile(string Text, ImportColumns Columns, IReadOnlyList<ImportRecord> Records)
{
    public static Result<ImportFile> Parse(byte[] content, IReadOnlyDictionary<string, string?>? mapping)
    {
        if (!Utf8.IsValid(content))
        {
            return FieldErrors.Single("file", "The file is not valid UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return FieldErrors.Single("file", "The file holds NUL characters, so it is not CSV text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        if (CsvReader.Read(text) is not { } records)
        {
            return FieldErrors.Single("file", "A quoted field is never closed: a \" has no closing \".");
        }
        var (header, data) = Split(records);
        if (header is null)
        {
            return FieldErrors.Single("file", "The file is empty.");
        }
        if (data.Count == 0)
        {
            return FieldErrors.Single("file", "The file has a header row but no data rows.");
        }
        if (data.Count > ImportLimits.MaxRows)
        {
            return FieldErrors.Single("file", string.Create(CultureInfo.InvariantCulture,
                $"The file has {data.Count:N0} data rows; an import takes at most {ImportLimits.MaxRows:N0}. Split it into smaller files."));
        }
        var columns = ImportColumns.Resolve(header, mapping);
        return columns.IsValid ? new ImportFile(text, columns.Value!, data) : columns.Errors!;
    }

    /// <summary>A stored file read again with the columns resolved when it was uploaded.</summary>
    public static ImportFile Reread(string text, ImportColumns columns) =>
        new(text, columns, Split(CsvReader.Read(text) ?? []).Data);

    private static (string[]? Header, List<ImportRecord> Data) Split(List<string[]> records)
    {
        var headerAt = records.FindIndex(record => !IsBlank(record));
        if (headerAt < 0)
        {
            return (null, []);
        }
        var header = records[headerAt].Select(Clean).ToArray();
        var data = new List<ImportRecord>();
        for (var i = headerAt + 1; i < records.Count; i++)
        {
            if (!IsBlank(records[i]))
            {
                data.Add(new ImportRecord(i - headerAt, records[i].Select(Clean).ToArray()));
            }
        }
        return (header, data);
    }

    private static bool IsBlank(string[] record) => record.All(string.IsNullOrWhiteSpace);

    private static string Clean(string cell) => CsvFormula.Restore(cell.Trim());
}
