using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>
/// Adds, edits and deletes the caller's team members. Every change is audited; another tenant's user is not found;
/// no password or link token appears in a response or an audit entry.
/// </summary>
public sealed class TeamService(
    ITransactions database,
    ITeamStore team,
    IUserStore users,
    EmailsInUse emails,
    IPasswordHashing passwords,
    TeamGuard guard,
    TeamInvitations invitations,
    IAuditLog audit,
    TimeProvider time)
{
    private const string MemberChanged = "This member was changed meanwhile; reload and try again.";

    public async Task<Result<MemberResponse>> AddAsync(CurrentUser me, AddMemberRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var fullName = PersonName.Check(request.FullName, "fullName", errors);
        errors.AddIf(!EmailAddress.TryParse(request.Email, out var email), "email", "Email is not a valid address.")
            .AddIf(!TeamRoles.IsTeamRole(request.Role), "role", $"Role must be {RoleNames.ClientAdmin} or {RoleNames.ClientUser}.")
            .AddIf(request.JobTitle?.Length > PersonName.JobTitleMaxLength, "jobTitle", $"Job title must be at most {PersonName.JobTitleMaxLength} characters.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        if (await emails.AnywhereAsync(email.Value, ct))
        {
            return Result<MemberResponse>.Conflict("This email address is already used by another account.");
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var member = new UserRow
        {
            Id = Ids.New(time), TenantId = me.TenantId, Email = email.Value, FullName = fullName!, Role = request.Role!,
            JobTitle = string.IsNullOrWhiteSpace(request.JobTitle) ? null : request.JobTitle.Trim(), Status = "active",
            PasswordHash = passwords.Hash(SecureTokens.NewToken()), PasswordChangedAt = now, CreatedAt = now, UpdatedAt = now,
        };
        await users.InsertAsync(uow, member, ct);
        await team.AwaitPasswordAsync(uow, me.TenantId!.Value, member.Id, member.PasswordHash, now, ct);
        await audit.AppendAsync(uow, TeamAudit.Entry(me, AuditActions.UserCreated, member.Id) with
        {
            Changes = new AuditChanges().Set("email", member.Email).Set("fullName", member.FullName).Set("role", member.Role)
                .Set("jobTitle", member.JobTitle).Set("welcomeEmail", request.SendWelcomeEmail).Build(),
        }, ct);
        if (request.SendWelcomeEmail)
        {
            await invitations.SendWelcomeAsync(uow, me, member, ct);
        }
        var added = await team.FindAsync(uow, me.TenantId!.Value, member.Id, ct);
        await uow.CommitAsync(ct);
        return MemberResponse.From(added!);
    }

    public async Task<Result<MemberResponse>> UpdateAsync(CurrentUser me, Guid userId, UpdateMemberRequest request, int? expectedVersion, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var fullName = request.FullName is null ? null : PersonName.Check(request.FullName, "fullName", errors);
        errors.AddIf(request.Role is not null && !TeamRoles.IsTeamRole(request.Role), "role", $"Role must be {RoleNames.ClientAdmin} or {RoleNames.ClientUser}.")
            .AddIf(request.JobTitle?.Length > PersonName.JobTitleMaxLength, "jobTitle", $"Job title must be at most {PersonName.JobTitleMaxLength} characters.");
        if (!errors.IsEmpty)
        {
            return errors;
        }
        await using var uow = await database.BeginForAsync(me, ct);
        if (await team.FindAsync(uow, me.TenantId!.Value, userId, ct) is not { } member)
        {
            return Result<MemberResponse>.NotFound();
        }
        if (expectedVersion is { } expected && expected != member.Version)
        {
            return Result<MemberResponse>.Conflict(MemberChanged);
        }
        var role = request.Role ?? member.Role;
        if (member.Role == RoleNames.ClientAdmin && role != RoleNames.ClientAdmin && await guard.CheckAsync(uow, me, member, "demote", ct) is { } refused)
        {
            return refused;
        }
        var name = fullName ?? member.FullName;
        var jobTitle = request.JobTitle is null ? member.JobTitle : string.IsNullOrWhiteSpace(request.JobTitle) ? null : request.JobTitle.Trim();
        var changes = new AuditChanges().Change("fullName", member.FullName, name).Change("jobTitle", member.JobTitle, jobTitle)
            .Change("role", member.Role, role).Build();
        if (changes.Count > 0)
        {
            if (!await team.UpdateAsync(uow, me.TenantId!.Value, userId, member.Version, name, jobTitle, role, time.GetUtcNow(), ct))
            {
                return Result<MemberResponse>.Conflict(MemberChanged);
            }
            await audit.AppendAsync(uow, TeamAudit.Entry(me, AuditActions.UserUpdated, userId) with { Changes = changes }, ct);
            member = (await team.FindAsync(uow, me.TenantId!.Value, userId, ct))!;
            await uow.CommitAsync(ct);
        }
        return MemberResponse.From(member);
    }

    /// <summary>Deletes a member for good: their sessions end at once; their audit entries keep their name.</summary>
    public async Task<Result<bool>> DeleteAsync(CurrentUser me, Guid userId, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        if (await team.FindAsync(uow, me.TenantId!.Value, userId, ct) is not { } member)
        {
            return Result<bool>.NotFound();
        }
        if (await guard.CheckAsync(uow, me, member, "delete", ct) is { } refused)
        {
            return refused;
        }
        await team.DeleteAsync(uow, me.TenantId!.Value, userId, ct);
        await audit.AppendAsync(uow, TeamAudit.Entry(me, AuditActions.UserDeleted, userId) with
        {
            Changes = new AuditChanges().Set("email", member.Email).Set("fullName", member.FullName).Set("role", member.Role).Build(),
        }, ct);
        await uow.CommitAsync(ct);
        return true;
    }
}
