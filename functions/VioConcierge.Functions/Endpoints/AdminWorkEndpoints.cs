using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Dead-lettered work: inspect what failed and put an item back on the queue once the cause is fixed.</summary>
public static class AdminWorkEndpoints
{
    public static IEndpointRouteBuilder MapAdminWorkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/work").WithTags("Admin: work queue").RequirePermission(Permission.ManageWorkQueue);
        group.MapGet("/dead-letters", ListDeadLettersAsync);
        group.MapPost("/{id:guid}/replay", ReplayAsync);
        return app;
    }

    public static async Task<Results<Ok<Page<DeadLetter>>, ValidationProblem>> ListDeadLettersAsync(
        IDeadLetters deadLetters, CancellationToken ct, string? kind = null, int? limit = null, string? cursor = null)
    {
        var errors = new FieldErrors();
        if (!Paging.TryRead(limit, cursor, errors, out var pageSize, out var after))
        {
            return ApiProblems.Validation(errors);
        }
        return TypedResults.Ok(await deadLetters.ListAsync(kind, pageSize, after, ct));
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(
        Guid id, CurrentUser actor, IDeadLetters deadLetters, ITransactions database, IAuditLog audit, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var (replayed, tenantId, kind) = await deadLetters.ReplayAsync(uow, id, ct);
        if (!replayed)
        {
            return ApiProblems.NotFound("Dead-lettered work item");
        }
        await audit.AppendAsync(uow, new AuditEntry(tenantId, actor.UserId, actor.Role.ToName(), AuditActions.WorkItemReplayed,
            "work_item", id.ToString(), new AuditChanges().Set("kind", kind).Build(), actor.ClientIp), ct);
        await uow.CommitAsync(ct);
        return TypedResults.Accepted((string?)null);
    }
}
