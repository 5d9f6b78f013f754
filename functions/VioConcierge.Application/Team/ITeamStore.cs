using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Team;

/// <summary>The members of one tenant (the transaction's), as team management reads and changes them.</summary>
public interface ITeamStore
{
    Task<(IReadOnlyList<TeamMemberRow> Items, long Total)> ListAsync(IUnitOfWork uow, Guid tenantId, TeamQuery query, int offset, int limit, CancellationToken ct);

    Task<TeamOverviewResponse> OverviewAsync(IUnitOfWork uow, Guid tenantId, DateTimeOffset todayFrom, DateTimeOffset weekFrom, string timeZone, CancellationToken ct);

    Task<TeamMemberRow?> FindAsync(IUnitOfWork uow, Guid tenantId, Guid userId, CancellationToken ct);

    /// <summary>The tenant's admins who can sign in (active, with a password of their own), locked until the transaction ends.</summary>
    Task<IReadOnlyList<Guid>> LockSignInAdminsAsync(IUnitOfWork uow, Guid tenantId, CancellationToken ct);

    /// <summary>Updates name, job title and role if the row is still at <paramref name="version"/>; false when it changed meanwhile.</summary>
    Task<bool> UpdateAsync(IUnitOfWork uow, Guid tenantId, Guid userId, int version, string fullName, string? jobTitle, string role, DateTimeOffset now, CancellationToken ct);

    Task SetStatusAsync(IUnitOfWork uow, Guid tenantId, Guid userId, string status, DateTimeOffset now, CancellationToken ct);

    /// <summary>Replaces the password with <paramref name="unusableHash"/> (of a secret nobody holds) until the member sets one through their link.</summary>
    Task AwaitPasswordAsync(IUnitOfWork uow, Guid tenantId, Guid userId, string unusableHash, DateTimeOffset now, CancellationToken ct);

    /// <summary>Deletes the member with their sessions, backup codes and links; their audit entries stay, with their name.</summary>
    Task DeleteAsync(IUnitOfWork uow, Guid tenantId, Guid userId, CancellationToken ct);
}
