using VioConcierge.Application.DoNotCall;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>The do-not-call list and a contact's opt-out.</summary>
public static class DoNotCallEndpoints
{
    public static IEndpointRouteBuilder MapDoNotCallEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/do-not-call").WithTags("Do not call");
        group.MapGet("", async (CurrentUser me, DoNotCallService dnc, CancellationToken ct) => TypedResults.Ok(await dnc.ListAsync(me, ct)))
            .RequirePermission(Permission.ViewContacts);
        group.MapPost("", async (DoNotCallRequest request, CurrentUser me, DoNotCallService dnc, CancellationToken ct) =>
            (await dnc.AddAsync(me, request, ct)).ToHttp(entry => TypedResults.Created($"/api/do-not-call/{entry.Phone}", entry), "Number"))
            .RequirePermission(Permission.ManageContacts).Produces<DoNotCallEntry>(StatusCodes.Status201Created);
        group.MapDelete("/{phone}", async (string phone, CurrentUser me, DoNotCallService dnc, CancellationToken ct) =>
            (await dnc.RemoveAsync(me, phone, ct)).ToHttp(_ => TypedResults.NoContent(), "Number"))
            .RequirePermission(Permission.ManageContacts).Produces(StatusCodes.Status204NoContent);
        app.MapPost("/api/contacts/{id:guid}/opt-out", async (Guid id, OptOutRequest request, CurrentUser me, DoNotCallService dnc, CancellationToken ct) =>
            request.OptedOut is { } optedOut
                ? (await dnc.SetOptOutAsync(me, id, optedOut, ct)).ToHttp(value => TypedResults.Ok(new OptOutResponse(value)), "Contact")
                : ApiProblems.Validation("optedOut", "Required.")).WithTags("Do not call").RequirePermission(Permission.EditOwnContacts)
            .Produces<OptOutResponse>();
        return app;
    }
}
