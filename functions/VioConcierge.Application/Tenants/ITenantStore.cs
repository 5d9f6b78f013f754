using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Business;

namespace VioConcierge.Application.Tenants;

/// <summary>Tenants. Reads run in the caller's scope, so a tenant-scoped transaction only ever sees its own tenant.</summary>
public interface ITenantStore
{
    /// <summary>Whether a tenant already has this legal or trading name (case-insensitive); platform scope.</summary>
    Task<bool> NameExistsAsync(IUnitOfWork uow, string name, CancellationToken ct);

    Task InsertAsync(IUnitOfWork uow, TenantRow tenant, CancellationToken ct);

    Task<TenantRow?> FindAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    Task<Page<TenantRow>> ListAsync(IUnitOfWork uow, string? status, string? search, int limit, Cursor? after, CancellationToken ct);

    /// <summary>Moves the tenant to a new status if it is still at <paramref name="fromStatus"/>; false otherwise.</summary>
    Task<bool> UpdateStatusAsync(IUnitOfWork uow, Guid id, string fromStatus, string toStatus, string reason, DateTimeOffset now, CancellationToken ct);

    /// <summary>Pauses the transaction's tenant with <paramref name="reason"/> if it is active; false when it was not.</summary>
    Task<bool> PauseIfActiveAsync(IUnitOfWork uow, string reason, DateTimeOffset now, CancellationToken ct);

    /// <summary>The transaction's tenant's time zone (IANA) and business type.</summary>
    Task<(string Timezone, string BusinessType)> ProfileAsync(IUnitOfWork uow, CancellationToken ct);

    /// <summary>
    /// Whether a tenant other than the transaction's has this legal or trading name (case-insensitive). Answered in
    /// tenant scope without revealing which tenant.
    /// </summary>
    Task<bool> NameUsedElsewhereAsync(IUnitOfWork uow, string name, CancellationToken ct);

    /// <summary>Writes the transaction's tenant's names, business type, time zone and session idle timeout.</summary>
    Task UpdateProfileAsync(IUnitOfWork uow, BusinessProfile profile, DateTimeOffset now, CancellationToken ct);
}
