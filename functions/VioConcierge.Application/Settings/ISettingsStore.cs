using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Settings;

/// <summary>
/// Per-tenant settings sections stored as JSON documents with a version. A section never saved reads as null so
/// the caller applies its defaults.
/// </summary>
public interface ISettingsStore
{
    Task<(T Value, int Version)?> GetAsync<T>(IUnitOfWork uow, string section, CancellationToken ct);

    /// <summary>
    /// The tenant's time zone, business type and status, and the saved <paramref name="sections"/>, in one statement
    /// (the reminder engine reads them for every timer and call).
    /// </summary>
    Task<TenantSettingsRead> ReadAsync(IUnitOfWork uow, IReadOnlyList<string> sections, CancellationToken ct);

    /// <summary>
    /// Saves the section if it is still at <paramref name="expectedVersion"/> (0 = never saved); returns the new
    /// version, or null on a conflict.
    /// </summary>
    Task<int?> SaveAsync<T>(IUnitOfWork uow, string section, T value, int expectedVersion, Guid? by, DateTimeOffset now, CancellationToken ct);
}
