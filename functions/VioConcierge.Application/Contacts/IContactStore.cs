using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>Contacts of the transaction's tenant: create, read, versioned update, soft delete and restore.</summary>
public interface IContactStore
{
    Task InsertAsync(IUnitOfWork uow, ContactRow contact, CancellationToken ct);

    Task<ContactRow?> FindAsync(IUnitOfWork uow, Guid id, bool includeDeleted, CancellationToken ct);

    /// <summary>Saves every editable field if the row is still at <paramref name="version"/>; false otherwise.</summary>
    Task<bool> UpdateAsync(IUnitOfWork uow, ContactRow contact, int version, CancellationToken ct);

    Task<bool> SetDeletedAsync(IUnitOfWork uow, Guid id, DateTimeOffset? deletedAt, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Whether another live contact of the tenant already uses this email. E-mails are stored as
    /// <c>EmailAddress</c> normalises them (lower-cased), and a plain comparison can use an index under row-level
    /// security where <c>lower(email)</c> cannot (lower() is not leakproof; see migration 0004).
    /// </summary>
    Task<bool> EmailTakenAsync(IUnitOfWork uow, string email, Guid? exceptId, CancellationToken ct);
}
