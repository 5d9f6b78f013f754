using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// What importing a set of rows does: the contacts to insert or update, the rows' errors, the counts per outcome,
/// and a preview of the first valid rows.
/// </summary>
public sealed class ImportPlan
{
    public List<PendingContact> Contacts { get; } = [];

    public List<ContactImportError> Errors { get; } = [];

    public List<ImportPreviewRow> Preview { get; } = [];

    public int Imported { get; set; }

    public int Updated { get; set; }

    public int Skipped { get; set; }

    public int Failed { get; set; }

    /// <summary>Rows saved with likely PHI flagged (the tenant's PHI action is "warn").</summary>
    public int PhiFlagged { get; set; }

    public void Fail(IEnumerable<ContactImportError> errors)
    {
        Errors.AddRange(errors);
        Failed++;
    }

    public void Saw(ValidatedRow row, string action, PendingContact? contact)
    {
        var warnings = contact?.Warnings ?? row.Warnings;
        PhiFlagged += action != "skip" && warnings.Count > 0 ? 1 : 0;
        if (Preview.Count < ImportLimits.PreviewRows)
        {
            Preview.Add(ImportPreviewRow.From(row.Row, action, contact?.Draft ?? row.Draft!, warnings));
        }
    }
}
