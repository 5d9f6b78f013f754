using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

/// <summary>Users, their sign-in state and two-factor secrets. Every call runs in the caller's transaction.</summary>
public interface IUserStore
{
    Task<UserRow?> FindByEmailAsync(IUnitOfWork uow, string email, CancellationToken ct);

    Task<UserRow?> FindByIdAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    Task<bool> EmailExistsAsync(IUnitOfWork uow, string email, CancellationToken ct);

    Task<bool> AnySuperAdminAsync(IUnitOfWork uow, CancellationToken ct);

    Task InsertAsync(IUnitOfWork uow, UserRow user, CancellationToken ct);

    Task RecordFailedLoginAsync(IUnitOfWork uow, Guid id, int failedCount, DateTimeOffset? lockedUntil, DateTimeOffset now, CancellationToken ct);

    Task RecordSuccessfulLoginAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Updates the profile if the row is still at <paramref name="version"/>; false when it changed meanwhile.</summary>
    Task<bool> UpdateProfileAsync(IUnitOfWork uow, Guid id, int version, string fullName, string? jobTitle, string? phone, DateTimeOffset now, CancellationToken ct);

    /// <summary>Sets a password the user chose through a link: no longer awaiting one, any lockout lifted.</summary>
    Task SetChosenPasswordAsync(IUnitOfWork uow, Guid id, string hash, DateTimeOffset now, CancellationToken ct);

    /// <summary>Changes the sign-in email (unique on the platform: a duplicate is a unique violation).</summary>
    Task UpdateEmailAsync(IUnitOfWork uow, Guid id, string email, DateTimeOffset now, CancellationToken ct);

    Task UpdatePasswordHashAsync(IUnitOfWork uow, Guid id, string hash, bool changedByUser, DateTimeOffset now, CancellationToken ct);

    Task SetPendingTotpAsync(IUnitOfWork uow, Guid id, string protectedSecret, DateTimeOffset now, CancellationToken ct);

    Task EnableTotpAsync(IUnitOfWork uow, Guid id, long usedStep, DateTimeOffset now, CancellationToken ct);

    Task DisableTotpAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Records the TOTP step just used; false if an equal or later step was already used (a replay).</summary>
    Task<bool> UseTotpStepAsync(IUnitOfWork uow, Guid id, long step, CancellationToken ct);

    Task ReplaceBackupCodesAsync(IUnitOfWork uow, Guid? tenantId, Guid userId, IEnumerable<byte[]> hashes, DateTimeOffset now, CancellationToken ct);

    /// <summary>Spends one unused backup code; false when it does not match an unused one.</summary>
    Task<bool> UseBackupCodeAsync(IUnitOfWork uow, Guid userId, byte[] hash, DateTimeOffset now, CancellationToken ct);

    Task<int> CountUnusedBackupCodesAsync(IUnitOfWork uow, Guid userId, CancellationToken ct);

    /// <summary>The first super admin created, if any.</summary>
    Task<Guid?> FirstSuperAdminIdAsync(IUnitOfWork uow, CancellationToken ct);
}
