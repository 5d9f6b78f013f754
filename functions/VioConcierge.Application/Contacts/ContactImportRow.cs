namespace VioConcierge.Application.Contacts;

/// <summary>
/// An import job as stored. <see cref="Columns"/> is the resolved mapping as JSON; <see cref="CsvData"/> is the
/// uploaded file, encrypted, kept only while a background job still needs it.
/// </summary>
public sealed class ContactImportRow
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public Guid? CreatedBy { get; init; }
    public string ActorRole { get; init; } = "";
    public string? ClientIp { get; init; }
    public string? FileName { get; init; }
    public string Status { get; set; } = "";
    public bool DryRun { get; init; }
    public string Mode { get; init; } = "";
    public string Duplicates { get; init; } = "";
    public string Columns { get; init; } = "[]";
    public string? CsvData { get; set; }
    public int TotalRows { get; init; }
    public int ProcessedRows { get; set; }
    public bool Validated { get; set; }
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }
    public int Failed { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
