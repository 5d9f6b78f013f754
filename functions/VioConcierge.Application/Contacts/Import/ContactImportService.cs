using System.Text;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Csv;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Security;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts.Import;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// CSV imports of the caller's tenant. Files up to <see cref="ImportLimits.InRequestRows"/> rows (and every dry run)
/// are imported in the request, in one transaction with the job and its audit entry; larger files are stored
/// (encrypted) with the job and a <c>contacts.import</c> work item in one transaction, and imported by
/// <see cref="ImportJobRunner"/>.
/// </summary>
public sealed class ContactImportService(
    ITransactions database,
    IContactImportStore imports,
    ImportPlanner planner,
    ImportWriter writer,
    ImportContexts contexts,
    IWorkQueue queue,
    IAuditLog audit,
    IFieldProtector protector,
    TimeProvider time)
{
    public async Task<Result<ImportStarted>> StartAsync(CurrentUser me, ImportUpload upload, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .AddIf(!ImportModes.All.Contains(upload.Mode), "mode", "Mode must be partial or strict.")
            .AddIf(!DuplicatePolicies.All.Contains(upload.Duplicates), "duplicates", "Duplicates must be skip, update or create.");
        if (!errors.IsEmpty)
        {
            return Result<ImportStarted>.Invalid(errors);
        }
        if (upload.Duplicates == DuplicatePolicies.Update && !RolePermissions.Has(me.Role, Permission.ManageContacts))
        {
            return Result<ImportStarted>.Forbidden("Updating existing contacts from a file needs the manage contacts permission; use duplicates=skip or create.");
        }
        var parsed = ImportFile.Parse(upload.Content, upload.Mapping);
        if (!parsed.IsValid)
        {
            return Result<ImportStarted>.Invalid(parsed.Errors!);
        }
        var file = parsed.Value!;
        var job = ImportJobs.New(me, Ids.New(time), upload, file, time.GetUtcNow());
        return upload.DryRun || file.Records.Count <= ImportLimits.InRequestRows
            ? await RunNowAsync(me, job, file, ct)
            : await QueueAsync(me, job, file, ct);
    }

    public async Task<Result<ImportJobResponse>> GetAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var job = await imports.FindAsync(uow, id, forUpdate: false, ct);
        return job is null
            ? Result<ImportJobResponse>.NotFound()
            : Result<ImportJobResponse>.Ok(ImportJobResponse.From(job, await imports.ErrorsAsync(uow, id, ImportLimits.ErrorsShown, ct), null));
    }

    /// <summary>Every error of the job as CSV: row, field, message.</summary>
    public async Task<Result<string>> ErrorsCsvAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        if (await imports.FindAsync(uow, id, forUpdate: false, ct) is null)
        {
            return Result<string>.NotFound();
        }
        var csv = CsvWriter.AppendRecord(new StringBuilder(), ["row", "field", "message"]);
        foreach (var error in await imports.ErrorsAsync(uow, id, null, ct))
        {
            CsvWriter.AppendRecord(csv, [error.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Field, error.Message]);
        }
        return Result<string>.Ok(csv.ToString());
    }

    private async Task<Result<ImportStarted>> RunNowAsync(CurrentUser me, ContactImportRow job, ImportFile file, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var plan = await planner.PlanAsync(uow, await contexts.ForAsync(uow, job.Duplicates, ct), file.Columns, file.Records, ct);
        var rejected = job.Mode == ImportModes.Strict && plan.Failed > 0;
        if (rejected)
        {
            ImportJobs.Reject(job, plan, time.GetUtcNow());
        }
        else
        {
            if (!job.DryRun)
            {
                await writer.WriteAsync(uow, job.CreatedBy, plan, ct);
            }
            ImportJobs.Add(job, plan, file.Records.Count, time.GetUtcNow());
        }
        await imports.InsertAsync(uow, job, ct);
        await imports.AddErrorsAsync(uow, job.Id, plan.Errors, ct);
        if (!job.DryRun)
        {
            await audit.AppendAsync(uow, ImportJobs.Audit(job, rejected ? new ImportPlan { Failed = plan.Failed } : plan, 1, file.Records[^1].Row), ct);
        }
        await uow.CommitAsync(ct);
        return Result<ImportStarted>.Ok(new ImportStarted(ImportJobResponse.From(job, plan.Errors, job.DryRun ? plan.Preview : null), Queued: false));
    }

    private async Task<Result<ImportStarted>> QueueAsync(CurrentUser me, ContactImportRow job, ImportFile file, CancellationToken ct)
    {
        (job.Status, job.StartedAt) = (ImportStatuses.Queued, null);
        job.CsvData = protector.Protect(file.Text, ImportJobs.Purpose(job));
        await using var uow = await database.BeginForAsync(me, ct);
        await imports.InsertAsync(uow, job, ct);
        await queue.EnqueueAsync(uow, new WorkRequest(ContactImportHandler.WorkKind, WorkPayload.Write(new ImportPayload(job.Id)),
            time.GetUtcNow(), job.TenantId, $"{ContactImportHandler.WorkKind}:{job.Id}"), ct);
        await uow.CommitAsync(ct);
        return Result<ImportStarted>.Ok(new ImportStarted(ImportJobResponse.From(job, [], null), Queued: true));
    }
}
