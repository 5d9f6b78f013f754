using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Group call campaigns: start, follow progress, pause, resume, cancel.</summary>
public static class CampaignsEndpoints
{
    public static IEndpointRouteBuilder MapCampaignsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/groups/{id:guid}/campaigns", StartAsync).WithTags("Campaigns").RequirePermission(Permission.ManageContacts)
            .Produces<CampaignResponse>(StatusCodes.Status201Created);
        var group = app.MapGroup("/api/campaigns").WithTags("Campaigns");
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(Permission.ViewCallResults).Produces<CampaignResponse>();
        group.MapPost("/{id:guid}/pause", (Guid id, CurrentUser me, CampaignService s, CancellationToken ct) => ChangeAsync(id, "pause", me, s, ct)).RequirePermission(Permission.ManageContacts).Produces<CampaignResponse>();
        group.MapPost("/{id:guid}/resume", (Guid id, CurrentUser me, CampaignService s, CancellationToken ct) => ChangeAsync(id, "resume", me, s, ct)).RequirePermission(Permission.ManageContacts).Produces<CampaignResponse>();
        group.MapPost("/{id:guid}/cancel", (Guid id, CurrentUser me, CampaignService s, CancellationToken ct) => ChangeAsync(id, "cancel", me, s, ct)).RequirePermission(Permission.ManageContacts).Produces<CampaignResponse>();
        return app;
    }

    public static async Task<IResult> StartAsync(Guid id, CampaignRequest request, CurrentUser me, CampaignService campaigns, CancellationToken ct) =>
        (await campaigns.StartAsync(me, id, request, ct)).ToHttp(c => TypedResults.Created($"/api/campaigns/{c.Id}", c), "Group");

    public static async Task<IResult> GetAsync(Guid id, CurrentUser me, CampaignService campaigns, CancellationToken ct) =>
        (await campaigns.GetAsync(me, id, ct)).ToHttp(c => TypedResults.Ok(c), "Campaign");

    private static async Task<IResult> ChangeAsync(Guid id, string action, CurrentUser me, CampaignService campaigns, CancellationToken ct) =>
        (await campaigns.ChangeAsync(me, id, action, ct)).ToHttp(c => TypedResults.Ok(c), "Campaign");
}
