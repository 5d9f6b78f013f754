using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Endpoints;

/// <summary>The platform audit log, newest first, with filters combined by AND.</summary>
public static class AdminAuditEndpoints
{
    public static IEndpointRouteBuilder MapAdminAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/audit", ListAuditAsync).WithTags("Admin: audit").RequirePermission(Permission.ViewPlatformAudit);
        return app;
    }

    public static async Task<Results<Ok<Page<AuditResponse>>, ValidationProblem>> ListAuditAsync(
        ITransactions database, IAuditLog audit, CancellationToken ct,
        Guid? tenantId = null, Guid? actorUserId = null, string? action = null, string? targetType = null, string? targetId = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int? limit = null, string? cursor = null)
    {
        var errors = new FieldErrors().AddIf(from > to, "from", "From must be before to.");
        if (!Paging.TryRead(limit, cursor, errors, out var pageSize, out var after))
        {
            return ApiProblems.Validation(errors);
        }
        await using var uow = await database.BeginPlatformAsync(ct);
        var page = await audit.ListAsync(uow, new AuditFilter(tenantId, actorUserId, action, targetType, targetId, from, to), pageSize, after, ct);
        return TypedResults.Ok(new Page<AuditResponse>(page.Items.Select(AuditResponse.From).ToArray(), page.NextCursor, page.Total));
    }
}
