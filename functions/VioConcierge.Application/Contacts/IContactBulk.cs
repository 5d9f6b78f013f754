using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>Set-based changes to many contacts of the transaction's tenant at once (bulk actions).</summary>
public interface IContactBulk
{
    /// <summary>Locks and returns the live contacts the query selects, at most <paramref name="max"/> + 1 of them.</summary>
    Task<IReadOnlyList<Guid>> LockTargetsAsync(IUnitOfWork uow, ContactListQuery query, int max, DateTimeOffset now, CancellationToken ct);

    /// <summary>Sets the status of those not already in it; returns each changed contact with its previous status.</summary>
    Task<IReadOnlyList<(Guid Id, string Before)>> SetStatusAsync( IUnitOfWork uow, IReadOnlyList<Guid> ids, string status, string? reason, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<Guid>> SoftDeleteAsync(IUnitOfWork uow, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken ct);

    /// <summary>Adds every contact to every group; returns the (contact, group) pairs actually added.</summary>
    Task<IReadOnlyList<(Guid ContactId, Guid GroupId)>> AddToGroupsAsync( IUnitOfWork uow, IReadOnlyList<Guid> ids, IReadOnlyList<Guid> groupIds, Guid? by, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Removes the contacts from the given groups, or from every group not in <paramref name="keep"/> when
    /// <paramref name="groupIds"/> is null (replace). Returns the pairs removed.
    /// </summary>
    Task<IReadOnlyList<(Guid ContactId, Guid GroupId)>> RemoveFromGroupsAsync( IUnitOfWork uow, IReadOnlyList<Guid> ids, IReadOnlyList<Guid>? groupIds, IReadOnlyList<Guid> keep, CancellationToken ct);
}
