using System.Globalization;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts.Import;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>How an import job is created, how a plan's outcome adds to it, and its audit entry (counts, never cells).</summary>
public static class ImportJobs
{
    public static ContactImportRow New(CurrentUser me, Guid id, ImportUpload upload, ImportFile file, DateTimeOffset now) => new()
    {
        TenantId = me.TenantId!.Value,
        Id = id,
        CreatedBy = me.UserId,
        ActorRole = me.Role.ToName(),
        ClientIp = me.ClientIp,
        FileName = upload.FileName is { Length: > 200 } name ? name[..200] : upload.FileName,
        Status = ImportStatuses.Running,
        DryRun = upload.DryRun,
        Mode = upload.Mode,
        Duplicates = upload.Duplicates,
        Columns = ImportJobResponse.ColumnsJson(file.Columns),
        TotalRows = file.Records.Count,
        CreatedAt = now,
        StartedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Adds a chunk's outcome; the job completes when every row is processed.</summary>
    public static void Add(ContactImportRow job, ImportPlan plan, int processedRows, DateTimeOffset now)
    {
        (job.Imported, job.Updated, job.Skipped, job.Failed) = (job.Imported + plan.Imported, job.Updated + plan.Updated, job.Skipped + plan.Skipped, job.Failed + plan.Failed);
        (job.ProcessedRows, job.UpdatedAt) = (processedRows, now);
        if (processedRows >= job.TotalRows)
        {
            (job.Status, job.CompletedAt) = (ImportStatuses.Completed, now);
            job.Message = job.DryRun ? "Dry run: nothing was saved." : null;
        }
    }

    /// <summary>Strict mode with failing rows: nothing is (or, in a dry run, would be) imported.</summary>
    public static void Reject(ContactImportRow job, ImportPlan plan, DateTimeOffset now)
    {
        (job.Imported, job.Updated, job.Skipped, job.Failed) = (0, 0, 0, plan.Failed);
        (job.ProcessedRows, job.Status, job.CompletedAt, job.UpdatedAt) = (job.TotalRows, ImportStatuses.Failed, now, now);
        job.Message = string.Create(CultureInfo.InvariantCulture,
            $"Strict mode: {plan.Failed} of {job.TotalRows} rows failed, so nothing {(job.DryRun ? "would be" : "was")} imported. Fix the rows listed in the errors and upload the file again.");
    }

    public static AuditEntry Audit(ContactImportRow job, ImportPlan plan, int firstRow, int lastRow) =>
        new(job.TenantId, job.CreatedBy, job.ActorRole, AuditActions.ContactImported, "contact_import", job.Id.ToString(),
            new AuditChanges()
                .Set("fileName", job.FileName)
                .Set("mode", job.Mode)
                .Set("duplicates", job.Duplicates)
                .Set("rows", string.Create(CultureInfo.InvariantCulture, $"{firstRow}-{lastRow} of {job.TotalRows}"))
                .Set("imported", plan.Imported)
                .Set("updated", plan.Updated)
                .Set("skipped", plan.Skipped)
                .Set("failed", plan.Failed)
                .Set("phiFlagged", plan.PhiFlagged)
                .Set("status", job.Status)
                .Build(),
            job.ClientIp);

    /// <summary>The encryption purpose binding a stored upload to its tenant and job.</summary>
    public static string Purpose(ContactImportRow job) => $"contact-import:{job.TenantId:N}:{job.Id:N}";
}
