namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// The tenant id that platform rows carry in tables whose <c>tenant_id</c> is NOT NULL (migration 0019): all zeros.
/// No tenant can have it (<c>tenants_not_platform</c>), so tenant policies never show these rows to a tenant. Stores
/// write it for a platform row (a null tenant in the application) and read it back as null.
/// </summary>
public static class PlatformTenant
{
    /// <summary>The platform tenant id.</summary>
    public static readonly Guid Id = Guid.Empty;
}
