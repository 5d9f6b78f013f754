using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

public static class DatabaseScopes
{
    /// <summary>A transaction scoped to the caller's tenant (platform scope for a super admin acting as themselves).</summary>
    public static Task<IUnitOfWork> BeginForAsync(this ITransactions database, CurrentUser user, CancellationToken ct) =>
        user.TenantId is { } tenantId ? database.BeginTenantAsync(tenantId, ct) : database.BeginPlatformAsync(ct);
}
