using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;

namespace VioConcierge.Application.Audit;

/// <summary>
/// The append-only audit log. Entries are written in the caller's transaction, so an entry exists exactly when the
/// change it records committed. A database trigger refuses updates and deletes.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(IUnitOfWork uow, AuditEntry entry, CancellationToken ct);

    /// <summary>
    /// Appends many entries in one statement (bulk actions). They must share tenant, actor and client IP; action,
    /// target and changes vary per entry.
    /// </summary>
    Task AppendManyAsync(IUnitOfWork uow, IReadOnlyList<AuditEntry> entries, CancellationToken ct);

    Task<Page<AuditRecord>> ListAsync(IUnitOfWork uow, AuditFilter filter, int limit, Cursor? after, CancellationToken ct);
}
