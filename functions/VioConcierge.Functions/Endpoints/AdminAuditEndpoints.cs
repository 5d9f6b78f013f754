using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Application.Audit;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>The platform audit log, newest first, with filters combined by AND.</summary>
public static class AdminAuditEndpoints
{
    public static IEndpointRouteBuilder MapAdminAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/audit", ListAuditAsync).WithTags("Admin: audit").RequirePermission(Permission.ViewPlatformAudit)
            .Produces<Page<AuditResponse>>();
        return app;
    }

    public static async Task<IResult> ListAuditAsync(
        AuditQueryService audit, CancellationToken ct,
        Guid? tenantId = null, Guid? actorUserId = null, string? action = null, string? targetType = null, string? targetId = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int? limit = null, string? cursor = null) =>
        (await audit.ListAsync(new AuditFilter(tenantId, actorUserId, action, targetType, targetId, from, to), limit, cursor, ct))
            .ToHttp(page => TypedResults.Ok(page), "Audit");
}
