using Microsoft.AspNetCore.Mvc;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Contact groups and their members.</summary>
public static class GroupsEndpoints
{
    public static IEndpointRouteBuilder MapGroupsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/groups").WithTags("Groups");
        group.MapGet("", ListGroupsAsync).RequirePermission(Permission.ViewContacts).Produces<GroupResponse[]>();
        group.MapPost("", CreateGroupAsync).RequirePermission(Permission.ManageContacts).Produces<GroupResponse>(StatusCodes.Status201Created).RequiresBodyFields("name");
        group.MapGet("/{id:guid}", GetGroupAsync).RequirePermission(Permission.ViewContacts).Produces<GroupResponse>();
        group.MapPatch("/{id:guid}", UpdateGroupAsync).RequirePermission(Permission.ManageContacts).Produces<GroupResponse>();
        group.MapDelete("/{id:guid}", DeleteGroupAsync).RequirePermission(Permission.ManageContacts).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/{id:guid}/members", AddMembersAsync).RequirePermission(Permission.ManageContacts).Produces<MembersResponse>();
        group.MapDelete("/{id:guid}/members", RemoveMembersAsync).RequirePermission(Permission.ManageContacts).Produces<MembersResponse>();
        return app;
    }

    public static async Task<IResult> ListGroupsAsync(CurrentUser me, GroupService groups, CancellationToken ct) =>
        TypedResults.Ok(await groups.ListAsync(me, ct));

    public static async Task<IResult> CreateGroupAsync(GroupRequest request, CurrentUser me, GroupService groups, CancellationToken ct) =>
        (await groups.CreateAsync(me, request, ct)).ToHttp(g => TypedResults.Created($"/api/groups/{g.Id}", g), "Group");

    public static async Task<IResult> GetGroupAsync(Guid id, CurrentUser me, GroupService groups, CancellationToken ct) =>
        (await groups.GetAsync(me, id, ct)).ToHttp(g => TypedResults.Ok(g), "Group");

    public static async Task<IResult> UpdateGroupAsync(Guid id, GroupRequest request, CurrentUser me, GroupService groups, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = ExpectedVersion.Read(context, request.Version, errors);
        return errors.IsEmpty
            ? (await groups.UpdateAsync(me, id, request, expected, ct)).ToHttp(g => TypedResults.Ok(g), "Group")
            : ApiProblems.Validation(errors);
    }

    public static async Task<IResult> DeleteGroupAsync(Guid id, CurrentUser me, GroupService groups, CancellationToken ct) =>
        (await groups.DeleteAsync(me, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Group");

    public static async Task<IResult> AddMembersAsync(Guid id, MembersRequest request, CurrentUser me, GroupService groups, CancellationToken ct) =>
        (await groups.ChangeMembersAsync(me, id, request, add: true, ct)).ToHttp(m => TypedResults.Ok(m), "Group");

    public static async Task<IResult> RemoveMembersAsync(Guid id, [FromBody] MembersRequest request, CurrentUser me, GroupService groups, CancellationToken ct) =>
        (await groups.ChangeMembersAsync(me, id, request, add: false, ct)).ToHttp(m => TypedResults.Ok(m), "Group");
}
