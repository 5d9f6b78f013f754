namespace VioConcierge.Core.Contacts.Import;

/// <summary>The limits of a CSV import (seed 001: 10 MB, 10,000 records, UTF-8).</summary>
public static class ImportLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <summary>Files up to this many rows are imported during the request; larger ones by a background job.</summary>
    public const int InRequestRows = 1_000;

    /// <summary>Rows written per transaction by the background job.</summary>
    public const int ChunkRows = 1_000;

    public const int ErrorsShown = 100;
    public const int PreviewRows = 10;
}
