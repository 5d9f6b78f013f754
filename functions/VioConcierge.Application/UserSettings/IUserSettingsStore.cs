using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.UserSettings;

/// <summary>
/// Each user's settings documents, one per kind, in the transaction's tenant and only ever for the user named: no
/// read or write reaches another user's. A document past its expiry reads as absent (the caller's defaults).
/// </summary>
public interface IUserSettingsStore
{
    Task<StoredUserSetting<T>?> GetAsync<T>(IUnitOfWork uow, Guid userId, string kind, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Saves the document if it is still at <paramref name="expectedVersion"/> (0: never saved, or expired); returns
    /// the new version, or null on a conflict.
    /// </summary>
    Task<int?> SaveAsync<T>(IUnitOfWork uow, Guid userId, string kind, T value, int expectedVersion, DateTimeOffset now, DateTimeOffset? expiresAt, CancellationToken ct);

    /// <summary>Deletes every tenant's documents expired at <paramref name="now"/> (platform scope); returns how many.</summary>
    Task<int> DeleteExpiredAsync(IUnitOfWork uow, DateTimeOffset now, CancellationToken ct);
}
