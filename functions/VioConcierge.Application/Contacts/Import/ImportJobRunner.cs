using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Security;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// Imports a stored file in chunks of <see cref="ImportLimits.ChunkRows"/> rows, one transaction each: the chunk's
/// contacts, its errors, the job's progress and an audit entry commit together. The job row is locked per chunk and
/// its <c>processed_rows</c> says where to carry on, so running again (at-least-once delivery, a crash mid-way)
/// neither repeats nor skips rows. Strict mode first validates every row and imports nothing if any fails.
/// </summary>
public sealed class ImportJobRunner(
    ITransactions database,
    IContactImportStore imports,
    ImportPlanner planner,
    ImportWriter writer,
    ImportContexts contexts,
    IAuditLog audit,
    IFieldProtector protector,
    TimeProvider time,
    ILogger<ImportJobRunner> logger)
{
    public async Task RunAsync(Guid tenantId, Guid importId, CancellationToken ct)
    {
        if (await StartAsync(tenantId, importId, ct) is not { } started)
        {
            return;
        }
        var (job, file) = started;
        if (job.Mode == ImportModes.Strict && !job.Validated && !await ValidateAllAsync(tenantId, importId, file, ct))
        {
            return;
        }
        for (var processed = job.ProcessedRows; processed < file.Records.Count;)
        {
            processed = await RunChunkAsync(tenantId, importId, file, processed, ct);
        }
    }

    /// <summary>Marks a job that will not be retried again as failed, keeping what its committed chunks imported.</summary>
    public async Task GiveUpAsync(Guid tenantId, Guid importId, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        if (await imports.FindAsync(uow, importId, forUpdate: true, ct) is not { } job || ImportStatuses.IsFinished(job.Status))
        {
            return;
        }
        (job.Status, job.CompletedAt, job.UpdatedAt) = (ImportStatuses.Failed, time.GetUtcNow(), time.GetUtcNow());
        job.Message = $"The import stopped after repeated errors; {job.ProcessedRows} of {job.TotalRows} rows were processed.";
        await imports.SaveAsync(uow, job, ct);
        await uow.CommitAsync(ct);
    }

    private async Task<(ContactImportRow Job, ImportFile File)?> StartAsync(Guid tenantId, Guid importId, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var job = await imports.FindAsync(uow, importId, forUpdate: true, ct);
        if (job is null || ImportStatuses.IsFinished(job.Status) || await imports.CsvDataAsync(uow, importId, ct) is not { } data)
        {
            return null;
        }
        if (job.Status == ImportStatuses.Queued)
        {
            (job.Status, job.StartedAt, job.UpdatedAt) = (ImportStatuses.Running, time.GetUtcNow(), time.GetUtcNow());
            await imports.SaveAsync(uow, job, ct);
        }
        await uow.CommitAsync(ct);
        var columns = new ImportColumns(ImportJobResponse.ColumnsOf(job));
        return (job, ImportFile.Reread(protector.Unprotect(data, ImportJobs.Purpose(job)), columns));
    }

    private async Task<bool> ValidateAllAsync(Guid tenantId, Guid importId, ImportFile file, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        await uow.PlanEachStatementAsync(ct);
        if (await imports.FindAsync(uow, importId, forUpdate: true, ct) is not { } job || ImportStatuses.IsFinished(job.Status))
        {
            return false;
        }
        var plan = await planner.PlanAsync(uow, await contexts.ForAsync(uow, job.Duplicates, ct), file.Columns, file.Records, ct);
        if (plan.Failed > 0)
        {
            ImportJobs.Reject(job, plan, time.GetUtcNow());
            await imports.AddErrorsAsync(uow, importId, plan.Errors, ct);
            await audit.AppendAsync(uow, ImportJobs.Audit(job, new ImportPlan { Failed = plan.Failed }, 1, file.Records[^1].Row), ct);
        }
        job.Validated = plan.Failed == 0;
        await imports.SaveAsync(uow, job, ct);
        await uow.CommitAsync(ct);
        return job.Validated;
    }

    private async Task<int> RunChunkAsync(Guid tenantId, Guid importId, ImportFile file, int start, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        await uow.PlanEachStatementAsync(ct);
        var job = await imports.FindAsync(uow, importId, forUpdate: true, ct);
        if (job is null || ImportStatuses.IsFinished(job.Status))
        {
            return int.MaxValue;
        }
        if (job.ProcessedRows != start)
        {
            return job.ProcessedRows;
        }
        var chunk = file.Records.Skip(start).Take(ImportLimits.ChunkRows).ToList();
        var plan = await planner.PlanAsync(uow, await contexts.ForAsync(uow, job.Duplicates, ct), file.Columns, chunk, ct);
        await writer.WriteAsync(uow, job.CreatedBy, plan, ct);
        ImportJobs.Add(job, plan, start + chunk.Count, time.GetUtcNow());
        await imports.SaveAsync(uow, job, ct);
        await imports.AddErrorsAsync(uow, importId, plan.Errors, ct);
        await audit.AppendAsync(uow, ImportJobs.Audit(job, plan, chunk[0].Row, chunk[^1].Row), ct);
        await uow.CommitAsync(ct);
        logger.LogInformation("Import {ImportId} of tenant {TenantId}: {Processed} of {Total} rows processed",
            importId, tenantId, job.ProcessedRows, job.TotalRows);
        return job.ProcessedRows;
    }
}
