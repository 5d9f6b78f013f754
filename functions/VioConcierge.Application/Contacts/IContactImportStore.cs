using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>Import jobs of the transaction's tenant, their progress, and their error report.</summary>
public interface IContactImportStore
{
    Task InsertAsync(IUnitOfWork uow, ContactImportRow job, CancellationToken ct);

    /// <summary>The job (without its file); with <paramref name="forUpdate"/> it stays locked until the transaction ends.</summary>
    Task<ContactImportRow?> FindAsync(IUnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct);

    Task<string?> CsvDataAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    /// <summary>Saves status, progress and counts; a finished job drops its file.</summary>
    Task SaveAsync(IUnitOfWork uow, ContactImportRow job, CancellationToken ct);

    Task AddErrorsAsync(IUnitOfWork uow, Guid importId, IReadOnlyList<ContactImportError> errors, CancellationToken ct);

    /// <summary>The job's errors in row order; all of them when <paramref name="limit"/> is null.</summary>
    Task<IReadOnlyList<ContactImportError>> ErrorsAsync(IUnitOfWork uow, Guid importId, int? limit, CancellationToken ct);
}
