using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Dead-lettered work: inspect what failed and put an item back on the queue once the cause is fixed.</summary>
public static class AdminWorkEndpoints
{
    public static IEndpointRouteBuilder MapAdminWorkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/work").WithTags("Admin: work queue").RequirePermission(Permission.ManageWorkQueue);
        group.MapGet("/dead-letters", ListDeadLettersAsync).Produces<Page<DeadLetter>>();
        group.MapPost("/{id:guid}/replay", ReplayAsync).Produces(StatusCodes.Status202Accepted);
        return app;
    }

    public static async Task<IResult> ListDeadLettersAsync(
        DeadLetterService deadLetters, CancellationToken ct, string? kind = null, int? limit = null, string? cursor = null) =>
        (await deadLetters.ListAsync(kind, limit, cursor, ct)).ToHttp(page => TypedResults.Ok(page), "Dead letters");

    public static async Task<IResult> ReplayAsync(Guid id, CurrentUser actor, DeadLetterService deadLetters, CancellationToken ct) =>
        (await deadLetters.ReplayAsync(actor, id, ct)).ToHttp(_ => TypedResults.Accepted((string?)null), "Dead-lettered work item");
}
