using VioConcierge.Application.Campaigns;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Campaigns;

/// <summary>Group call campaigns: start, follow progress, pause, resume, cancel.</summary>
[ApiTag("Campaigns")]
public sealed class CampaignsFunctions(Caller caller, CampaignService campaigns)
{
    [Function(nameof(StartCampaign)), RequirePermission(Permission.ManageContacts), JsonBody(typeof(CampaignRequest)), Returns(typeof(CampaignResponse), 201)]
    public async Task<IResult> StartCampaign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groups/{id:guid}/campaigns")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await campaigns.StartAsync(caller.User, id, await request.ReadJsonAsync<CampaignRequest>(ct), ct))
            .ToHttp(c => TypedResults.Created($"/api/campaigns/{c.Id}", c), "Group");

    [Function(nameof(GetCampaign)), RequirePermission(Permission.ViewCallResults), Returns(typeof(CampaignResponse))]
    public async Task<IResult> GetCampaign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/campaigns/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await campaigns.GetAsync(caller.User, id, ct)).ToHttp(c => TypedResults.Ok(c), "Campaign");

    [Function(nameof(PauseCampaign)), RequirePermission(Permission.ManageContacts), Returns(typeof(CampaignResponse))]
    public Task<IResult> PauseCampaign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/campaigns/{id:guid}/pause")] HttpRequest request, Guid id, CancellationToken ct) =>
        ChangeAsync(id, "pause", ct);

    [Function(nameof(ResumeCampaign)), RequirePermission(Permission.ManageContacts), Returns(typeof(CampaignResponse))]
    public Task<IResult> ResumeCampaign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/campaigns/{id:guid}/resume")] HttpRequest request, Guid id, CancellationToken ct) =>
        ChangeAsync(id, "resume", ct);

    [Function(nameof(CancelCampaign)), RequirePermission(Permission.ManageContacts), Returns(typeof(CampaignResponse))]
    public Task<IResult> CancelCampaign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/campaigns/{id:guid}/cancel")] HttpRequest request, Guid id, CancellationToken ct) =>
        ChangeAsync(id, "cancel", ct);

    private async Task<IResult> ChangeAsync(Guid id, string action, CancellationToken ct) =>
        (await campaigns.ChangeAsync(caller.User, id, action, ct)).ToHttp(c => TypedResults.Ok(c), "Campaign");
}
