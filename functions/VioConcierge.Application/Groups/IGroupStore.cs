using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Groups;

/// <summary>Contact groups of the transaction's tenant and their memberships.</summary>
public interface IGroupStore
{
    Task<IEnumerable<GroupRow>> ListAsync(IUnitOfWork uow, CancellationToken ct);

    Task<GroupRow?> FindAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    Task<bool> NameTakenAsync(IUnitOfWork uow, string name, Guid? exceptId, CancellationToken ct);

    Task InsertAsync(IUnitOfWork uow, GroupRow group, Guid? createdBy, CancellationToken ct);

    Task<bool> UpdateAsync(IUnitOfWork uow, GroupRow group, int version, CancellationToken ct);

    /// <summary>Deletes the group; its members stay, ungrouped.</summary>
    Task<bool> DeleteAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    /// <summary>Adds live contacts of the tenant to the group; returns the ids actually added (already members skipped).</summary>
    Task<Guid[]> AddMembersAsync(IUnitOfWork uow, Guid groupId, IReadOnlyCollection<Guid> contactIds, Guid? addedBy, DateTimeOffset now, CancellationToken ct);

    Task<Guid[]> RemoveMembersAsync(IUnitOfWork uow, Guid groupId, IReadOnlyCollection<Guid> contactIds, CancellationToken ct);

    /// <summary>The ids among <paramref name="groupIds"/> that are groups of the tenant.</summary>
    Task<Guid[]> ExistingAsync(IUnitOfWork uow, IReadOnlyCollection<Guid> groupIds, CancellationToken ct);
}
