using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>The caller's team: the member list (filtered, sorted, paged), one member, and the overview counts.</summary>
public sealed class TeamQueryService(ITransactions database, ITeamStore team, ITenantStore tenants, TimeProvider time)
{
    private static readonly string[] Sorts = ["name", "email", "role", "lastLogin", "created"];

    public async Task<Result<Page<MemberResponse>>> ListAsync(CurrentUser me, TeamListRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .AddIf(request.Status is not null && !MemberStatus.All.Contains(request.Status), "status", $"Status must be one of: {string.Join(", ", MemberStatus.All)}.")
            .AddIf(request.Role is not null && !TeamRoles.IsTeamRole(request.Role), "role", $"Role must be {RoleNames.ClientAdmin} or {RoleNames.ClientUser}.")
            .AddIf(request.Sort is not null && !Sorts.Contains(request.Sort), "sort", $"Sort must be one of: {string.Join(", ", Sorts)}.")
            .AddIf(request.Order is not null and not ("asc" or "desc"), "order", "Order must be asc or desc.")
            .AddIf(request.Q?.Length > 100, "q", "Search must be at most 100 characters.")
            .AddIf(request.Limit is < 1 or > PageLimits.Max, "limit", $"Limit must be between 1 and {PageLimits.Max}.")
            .AddIf(!TeamCursor.TryDecode(request.Cursor, out var offset), "cursor", "Cursor is not valid.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var query = new TeamQuery(request.Status, request.Role, string.IsNullOrWhiteSpace(request.Q) ? null : request.Q.Trim(),
            request.Sort ?? "name", request.Order == "desc");
        var limit = PageLimits.Normalise(request.Limit);
        await using var uow = await database.BeginForAsync(me, ct);
        var (items, total) = await team.ListAsync(uow, me.TenantId!.Value, query, offset, limit, ct);
        var next = offset + items.Count < total ? TeamCursor.Encode(offset + items.Count) : null;
        return new Page<MemberResponse>(items.Select(MemberResponse.From).ToArray(), next, total);
    }

    public async Task<Result<MemberResponse>> GetAsync(CurrentUser me, Guid userId, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await team.FindAsync(uow, me.TenantId!.Value, userId, ct) is { } member ? MemberResponse.From(member) : Result<MemberResponse>.NotFound();
    }

    public async Task<TeamOverviewResponse> OverviewAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var (timeZone, _) = await tenants.ProfileAsync(uow, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var now = time.GetUtcNow();
        return await team.OverviewAsync(uow, me.TenantId!.Value, LocalPeriods.Day(now, zone).From, LocalPeriods.Week(now, zone).From, timeZone, ct);
    }
}
