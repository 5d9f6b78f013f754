using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

/// <summary>Sign-in sessions: creation, refresh-token rotation, per-request checks and revocation.</summary>
public interface ISessionStore
{
    Task InsertAsync(IUnitOfWork uow, SessionRow session, CancellationToken ct);

    /// <summary>The session whose current refresh token has this hash, locked for rotation.</summary>
    Task<SessionRow?> FindByRefreshHashForUpdateAsync(IUnitOfWork uow, byte[] hash, CancellationToken ct);

    /// <summary>The session whose previous (already rotated) refresh token has this hash: a sign of token theft.</summary>
    Task<SessionRow?> FindByPreviousHashAsync(IUnitOfWork uow, byte[] hash, CancellationToken ct);

    Task<SessionCheck?> FindForCheckAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    Task RotateAsync(IUnitOfWork uow, Guid id, byte[] newHash, byte[] oldHash, bool twoFactorVerified, DateTimeOffset now, CancellationToken ct);

    Task MarkTwoFactorVerifiedAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    Task TouchAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct);

    Task<bool> RevokeAsync(IUnitOfWork uow, Guid id, Guid userId, string reason, DateTimeOffset now, CancellationToken ct);

    Task<int> RevokeAllForUserAsync(IUnitOfWork uow, Guid userId, Guid? exceptSessionId, string reason, DateTimeOffset now, CancellationToken ct);

    Task<IEnumerable<SessionRow>> ListActiveForUserAsync(IUnitOfWork uow, Guid userId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Gives every live session of the transaction's tenant this idle timeout (the tenant changed its automatic logout).</summary>
    Task<int> SetTenantIdleTimeoutAsync(IUnitOfWork uow, int minutes, CancellationToken ct);
}
