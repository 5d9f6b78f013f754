using System.Text.Json;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// An import job: its options, progress (<see cref="ProcessedRows"/> of <see cref="TotalRows"/>), the count of rows
/// per outcome, the column mapping used (field -> CSV header), the first errors, and for a dry run a preview.
/// </summary>
public sealed record ImportJobResponse(
    Guid Id,
    string Status,
    bool DryRun,
    string Mode,
    string Duplicates,
    string? FileName,
    int TotalRows,
    int ProcessedRows,
    int Imported,
    int Updated,
    int Skipped,
    int Failed,
    string? Message,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyList<ContactImportError> Errors,
    IReadOnlyList<ImportPreviewRow>? Preview,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static ImportJobResponse From(ContactImportRow job, IEnumerable<ContactImportError> errors, IReadOnlyList<ImportPreviewRow>? preview) => new(
        job.Id, job.Status, job.DryRun, job.Mode, job.Duplicates, job.FileName, job.TotalRows, job.ProcessedRows, job.Imported,
        job.Updated, job.Skipped, job.Failed, job.Message,
        ColumnsOf(job).ToDictionary(column => column.Field, column => column.Header, StringComparer.Ordinal),
        errors.OrderBy(error => error.Row).Take(ImportLimits.ErrorsShown).ToArray(), preview, job.CreatedAt, job.CompletedAt);

    public static ImportColumn[] ColumnsOf(ContactImportRow job) => JsonSerializer.Deserialize<ImportColumn[]>(job.Columns, JsonSerializerOptions.Web) ?? [];

    public static string ColumnsJson(ImportColumns columns) => JsonSerializer.Serialize(columns.All, JsonSerializerOptions.Web);
}
