using VioConcierge.Application.Team;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Team;

/// <summary>
/// The business's team (client admins: manage_team_members): members, their access and the overview. Staff get 403 on
/// every route, another tenant's user is 404.
/// </summary>
[ApiTag("Team")]
public sealed class TeamFunctions(Caller caller, TeamQueryService query, TeamService team, TeamAccessService access)
{
    [Function(nameof(ListTeam)), RequirePermission(Permission.ManageTeamMembers), Query(typeof(TeamListRequest)), Returns(typeof(Page<MemberResponse>))]
    public async Task<IResult> ListTeam(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team")] HttpRequest request, CancellationToken ct) =>
        (await query.ListAsync(caller.User, request.Bind<TeamListRequest>(), ct)).ToHttp(page => TypedResults.Ok(page), "Team");

    [Function(nameof(TeamOverview)), RequirePermission(Permission.ManageTeamMembers), Returns(typeof(TeamOverviewResponse))]
    public async Task<IResult> TeamOverview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team/overview")] HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await query.OverviewAsync(caller.User, ct));

    [Function(nameof(AddTeamMember)), RequirePermission(Permission.ManageTeamMembers), JsonBody(typeof(AddMemberRequest)),
     Returns(typeof(MemberResponse), 201), RequiresBodyFields("fullName", "email", "role")]
    public async Task<IResult> AddTeamMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team")] HttpRequest request, CancellationToken ct) =>
        (await team.AddAsync(caller.User, await request.ReadJsonAsync<AddMemberRequest>(ct), ct))
            .ToHttp(member => TypedResults.Created($"/api/team/{member.Id}", member), "Team member");

    [Function(nameof(GetTeamMember)), RequirePermission(Permission.ManageTeamMembers), Returns(typeof(MemberResponse)), ReturnsETag]
    public async Task<IResult> GetTeamMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team/{userId:guid}")] HttpRequest request, Guid userId, CancellationToken ct) =>
        (await query.GetAsync(caller.User, userId, ct)).ToHttp(member => WithETag(request, member), "Team member");

    [Function(nameof(UpdateTeamMember)), RequirePermission(Permission.ManageTeamMembers), JsonBody(typeof(UpdateMemberRequest)),
     Returns(typeof(MemberResponse)), ReturnsETag]
    public async Task<IResult> UpdateTeamMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/team/{userId:guid}")] HttpRequest request, Guid userId, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<UpdateMemberRequest>(ct);
        return await ExpectedVersion.CheckedAsync(request, body.Version, async expected =>
            (await team.UpdateAsync(caller.User, userId, body, expected, ct)).ToHttp(member => WithETag(request, member), "Team member"));
    }

    [Function(nameof(DeleteTeamMember)), RequirePermission(Permission.ManageTeamMembers), Returns(204)]
    public async Task<IResult> DeleteTeamMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/team/{userId:guid}")] HttpRequest request, Guid userId, CancellationToken ct) =>
        (await team.DeleteAsync(caller.User, userId, ct)).ToHttp(_ => TypedResults.NoContent(), "Team member");

    [Function(nameof(ResetTeamMemberPassword)), RequirePermission(Permission.ManageTeamMembers), Returns(typeof(MemberResponse))]
    public async Task<IResult> ResetTeamMemberPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team/{userId:guid}/reset-password")] HttpRequest request, Guid userId, CancellationToken ct) =>
        (await access.ResetPasswordAsync(caller.User, userId, ct)).ToHttp(member => TypedResults.Ok(member), "Team member");

    [Function(nameof(DeactivateTeamMember)), RequirePermission(Permission.ManageTeamMembers), Returns(typeof(MemberResponse))]
    public async Task<IResult> DeactivateTeamMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team/{userId:guid}/deactivate")] HttpRequest request, Guid userId, CancellationToken ct) =>
        (await access.DeactivateAsync(caller.User, userId, ct)).ToHttp(member => TypedResults.Ok(member), "Team member");

    [Function(nameof(ReactivateTeamMember)), RequirePermission(Permission.ManageTeamMembers), Returns(typeof(MemberResponse))]
    public async Task<IResult> ReactivateTeamMember(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team/{userId:guid}/reactivate")] HttpRequest request, Guid userId, CancellationToken ct) =>
        (await access.ReactivateAsync(caller.User, userId, ct)).ToHttp(member => TypedResults.Ok(member), "Team member");

    private static IResult WithETag(HttpRequest request, MemberResponse member) => ExpectedVersion.Ok(request.HttpContext, member, member.Version);
}
