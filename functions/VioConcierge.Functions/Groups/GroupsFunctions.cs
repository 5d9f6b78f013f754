using VioConcierge.Application.Groups;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Groups;

/// <summary>Contact groups and their members.</summary>
[ApiTag("Groups")]
public sealed class GroupsFunctions(Caller caller, GroupService groups)
{
    [Function(nameof(ListGroups)), RequirePermission(Permission.ViewContacts), Returns(typeof(GroupResponse[]))]
    public async Task<IResult> ListGroups(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groups")] HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await groups.ListAsync(caller.User, ct));

    [Function(nameof(CreateGroup)), RequirePermission(Permission.ManageContacts), JsonBody(typeof(GroupRequest)), Returns(typeof(GroupResponse), 201),
     RequiresBodyFields("name")]
    public async Task<IResult> CreateGroup(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groups")] HttpRequest request, CancellationToken ct) =>
        (await groups.CreateAsync(caller.User, await request.ReadJsonAsync<GroupRequest>(ct), ct))
            .ToHttp(g => TypedResults.Created($"/api/groups/{g.Id}", g), "Group");

    [Function(nameof(GetGroup)), RequirePermission(Permission.ViewContacts), Returns(typeof(GroupResponse))]
    public async Task<IResult> GetGroup(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groups/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await groups.GetAsync(caller.User, id, ct)).ToHttp(g => TypedResults.Ok(g), "Group");

    [Function(nameof(UpdateGroup)), RequirePermission(Permission.ManageContacts), JsonBody(typeof(GroupRequest)), Returns(typeof(GroupResponse))]
    public async Task<IResult> UpdateGroup(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/groups/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<GroupRequest>(ct);
        return await ExpectedVersion.CheckedAsync(request, body.Version, async expected =>
            (await groups.UpdateAsync(caller.User, id, body, expected, ct)).ToHttp(g => TypedResults.Ok(g), "Group"));
    }

    [Function(nameof(DeleteGroup)), RequirePermission(Permission.ManageContacts), Returns(204)]
    public async Task<IResult> DeleteGroup(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/groups/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await groups.DeleteAsync(caller.User, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Group");

    [Function(nameof(AddGroupMembers)), RequirePermission(Permission.ManageContacts), JsonBody(typeof(MembersRequest)), Returns(typeof(MembersResponse))]
    public async Task<IResult> AddGroupMembers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groups/{id:guid}/members")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await groups.ChangeMembersAsync(caller.User, id, await request.ReadJsonAsync<MembersRequest>(ct), add: true, ct))
            .ToHttp(m => TypedResults.Ok(m), "Group");

    [Function(nameof(RemoveGroupMembers)), RequirePermission(Permission.ManageContacts), JsonBody(typeof(MembersRequest)), Returns(typeof(MembersResponse))]
    public async Task<IResult> RemoveGroupMembers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/groups/{id:guid}/members")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await groups.ChangeMembersAsync(caller.User, id, await request.ReadJsonAsync<MembersRequest>(ct), add: false, ct))
            .ToHttp(m => TypedResults.Ok(m), "Group");
}
