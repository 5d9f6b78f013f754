using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// Runs a queued CSV import (work kind <c>contacts.import</c>, payload <c>{"importId": ...}</c>). Safe to run again:
/// <see cref="ImportJobRunner"/> carries on after the last committed chunk. When the last attempt fails the job is
/// marked failed, so its status never stays "running".
/// </summary>
public sealed class ContactImportHandler(ImportJobRunner runner) : IWorkHandler
{
    public const string WorkKind = "contacts.import";

    public string Kind => WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId ?? throw new InvalidOperationException("An import work item must belong to a tenant.");
        var importId = WorkPayload.Read<ImportPayload>(item).ImportId;
        try
        {
            await runner.RunAsync(tenantId, importId, cancellationToken);
        }
        catch (Exception) when (item.Attempt >= item.MaxAttempts && !cancellationToken.IsCancellationRequested)
        {
            await runner.GiveUpAsync(tenantId, importId, CancellationToken.None);
            throw;
        }
    }
}

/// <summary>The payload of a <c>contacts.import</c> work item.</summary>
public sealed record ImportPayload(Guid ImportId);
