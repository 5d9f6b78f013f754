using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Groups;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Groups;

/// <summary>Contact groups: create, rename, recolour, delete (members stay, ungrouped) and membership changes.</summary>
public sealed class GroupService(ITransactions database, IGroupStore groups, IAuditLog audit, TimeProvider time)
{
    public const int MaxMembersPerRequest = 10_000;

    public async Task<IReadOnlyList<GroupResponse>> ListAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return (await groups.ListAsync(uow, ct)).Select(GroupResponse.From).ToArray();
    }

    public async Task<Result<GroupResponse>> GetAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await groups.FindAsync(uow, id, ct) is { } row ? Result<GroupResponse>.Ok(GroupResponse.From(row)) : Result<GroupResponse>.NotFound();
    }

    public async Task<Result<GroupResponse>> CreateAsync(CurrentUser me, GroupRequest request, CancellationToken ct)
    {
        var parsed = GroupDraft.Create(request.Name, request.Description, request.Colour);
        if (!parsed.IsValid)
        {
            return Result<GroupResponse>.Invalid(parsed.Errors!);
        }
        if (TooMany(request.ContactIds) is { } tooMany)
        {
            return tooMany;
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        if (await groups.NameTakenAsync(uow, parsed.Value!.Name, null, ct))
        {
            return Result<GroupResponse>.Conflict("A group with this name already exists.");
        }
        var row = new GroupRow
        {
            TenantId = me.TenantId!.Value,
            Id = Ids.New(time),
            Name = parsed.Value.Name,
            Description = parsed.Value.Description,
            Colour = parsed.Value.Colour,
            CreatedAt = now,
            UpdatedAt = now
        };
        await groups.InsertAsync(uow, row, me.UserId, ct);
        var added = request.ContactIds is { Count: > 0 } ids ? await groups.AddMembersAsync(uow, row.Id, ids, me.UserId, now, ct) : [];
        await audit.AppendAsync(uow, Entry(me, AuditActions.GroupCreated, row.Id) with
        {
            Changes = new AuditChanges().Set("name", row.Name).Set("colour", row.Colour).Set("initialMembers", added.Length).Build(),
        }, ct);
        var saved = (await groups.FindAsync(uow, row.Id, ct))!;
        await uow.CommitAsync(ct);
        return Result<GroupResponse>.Ok(GroupResponse.From(saved));
    }

    public async Task<Result<GroupResponse>> UpdateAsync(CurrentUser me, Guid id, GroupRequest request, int? expectedVersion, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await groups.FindAsync(uow, id, ct);
        if (row is null)
        {
            return Result<GroupResponse>.NotFound();
        }
        if (expectedVersion is { } expected && expected != row.Version)
        {
            return Result<GroupResponse>.Conflict("The group was changed elsewhere; reload it and try again.");
        }
        var parsed = GroupDraft.Create(request.Name ?? row.Name, request.Description ?? row.Description, request.Colour ?? row.Colour);
        if (!parsed.IsValid)
        {
            return Result<GroupResponse>.Invalid(parsed.Errors!);
        }
        if (await groups.NameTakenAsync(uow, parsed.Value!.Name, id, ct))
        {
            return Result<GroupResponse>.Conflict("A group with this name already exists.");
        }
        var changes = new AuditChanges().Change("name", row.Name, parsed.Value.Name).Change("description", row.Description, parsed.Value.Description)
            .Change("colour", row.Colour, parsed.Value.Colour).Build();
        (row.Name, row.Description, row.Colour, row.UpdatedAt) = (parsed.Value.Name, parsed.Value.Description, parsed.Value.Colour, time.GetUtcNow());
        if (!await groups.UpdateAsync(uow, row, row.Version, ct))
        {
            return Result<GroupResponse>.Conflict("The group was changed elsewhere; reload it and try again.");
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.GroupUpdated, id) with { Changes = changes }, ct);
        var saved = (await groups.FindAsync(uow, id, ct))!;
        await uow.CommitAsync(ct);
        return Result<GroupResponse>.Ok(GroupResponse.From(saved));
    }

    public async Task<Result<bool>> DeleteAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await groups.FindAsync(uow, id, ct);
        if (row is null || !await groups.DeleteAsync(uow, id, ct))
        {
            return Result<bool>.NotFound();
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.GroupDeleted, id) with
        {
            Changes = new AuditChanges().Change("name", row.Name, null).Set("membersUngrouped", row.MemberCount).Build(),
        }, ct);
        await uow.CommitAsync(ct);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<MembersResponse>> ChangeMembersAsync(CurrentUser me, Guid id, MembersRequest request, bool add, CancellationToken ct)
    {
        if (request.ContactIds is not { Count: > 0 } ids)
        {
            return Result<MembersResponse>.Invalid(FieldErrors.Single("contactIds", "Give at least one contact id."));
        }
        if (ids.Count > MaxMembersPerRequest)
        {
            return Result<MembersResponse>.Invalid(FieldErrors.Single("contactIds", $"At most {MaxMembersPerRequest} contacts per request."));
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        if (await groups.FindAsync(uow, id, ct) is null)
        {
            return Result<MembersResponse>.NotFound();
        }
        var changed = add ? await groups.AddMembersAsync(uow, id, ids, me.UserId, now, ct) : await groups.RemoveMembersAsync(uow, id, ids, ct);
        await audit.AppendAsync(uow, Entry(me, add ? AuditActions.GroupMembersAdded : AuditActions.GroupMembersRemoved, id) with
        {
            Changes = new AuditChanges().Set("contactIds", changed).Build(),
        }, ct);
        var count = (await groups.FindAsync(uow, id, ct))!.MemberCount;
        await uow.CommitAsync(ct);
        return Result<MembersResponse>.Ok(new MembersResponse(changed.Length, count));
    }

    private static Failure? TooMany(IReadOnlyList<Guid>? ids) =>
        ids?.Count > MaxMembersPerRequest
            ? new Failure(FailureKind.Invalid, FieldErrors.Single("contactIds", $"At most {MaxMembersPerRequest} contacts per request."))
            : null;

    private static AuditEntry Entry(CurrentUser me, string action, Guid groupId) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "group", groupId.ToString(), ClientIp: me.ClientIp);
}
