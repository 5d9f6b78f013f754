using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Team;

/// <summary>
/// Who of the team can sign in: a password reset (the old password stops working, every session of the member ends,
/// and a single-use link to choose a new one is emailed), deactivation (every session ends at once: the next request
/// of any access token already issued is refused, as are sign-in and refresh) and reactivation.
/// </summary>
public sealed class TeamAccessService(
    ITransactions database,
    ITeamStore team,
    IUserStore users,
    ISessionStore sessions,
    IPasswordHashing passwords,
    TeamGuard guard,
    TeamInvitations invitations,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<Result<MemberResponse>> ResetPasswordAsync(CurrentUser me, Guid userId, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        if (await users.FindByIdAsync(uow, userId, ct) is not { } member || member.TenantId != me.TenantId)
        {
            return Result<MemberResponse>.NotFound();
        }
        if (member.Status != MemberStatus.Active)
        {
            return Result<MemberResponse>.Conflict("Reactivate this member before resetting their password.");
        }
        var now = time.GetUtcNow();
        await team.AwaitPasswordAsync(uow, me.TenantId!.Value, userId, passwords.Hash(SecureTokens.NewToken()), now, ct);
        var revoked = await sessions.RevokeAllForUserAsync(uow, userId, null, "password_reset", now, ct);
        await invitations.SendResetAsync(uow, member, ct);
        await audit.AppendAsync(uow, TeamAudit.Entry(me, AuditActions.PasswordResetSent, userId) with
        {
            Changes = new AuditChanges().Set("sessionsRevoked", revoked).Build(),
        }, ct);
        return await CommitAsync(uow, me, userId, ct);
    }

    public Task<Result<MemberResponse>> DeactivateAsync(CurrentUser me, Guid userId, CancellationToken ct) =>
        SetStatusAsync(me, userId, MemberStatus.Deactivated, ct);

    public Task<Result<MemberResponse>> ReactivateAsync(CurrentUser me, Guid userId, CancellationToken ct) =>
        SetStatusAsync(me, userId, MemberStatus.Active, ct);

    private async Task<Result<MemberResponse>> SetStatusAsync(CurrentUser me, Guid userId, string status, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        if (await team.FindAsync(uow, me.TenantId!.Value, userId, ct) is not { } member)
        {
            return Result<MemberResponse>.NotFound();
        }
        if (member.Status == status)
        {
            return MemberResponse.From(member);
        }
        var deactivating = status == MemberStatus.Deactivated;
        if (deactivating && await guard.CheckAsync(uow, me, member, "deactivate", ct) is { } refused)
        {
            return refused;
        }
        var now = time.GetUtcNow();
        await team.SetStatusAsync(uow, me.TenantId!.Value, userId, status, now, ct);
        var revoked = deactivating ? await sessions.RevokeAllForUserAsync(uow, userId, null, "deactivated", now, ct) : 0;
        await audit.AppendAsync(uow, TeamAudit.Entry(me, deactivating ? AuditActions.UserDeactivated : AuditActions.UserReactivated, userId) with
        {
            Changes = new AuditChanges().Change("status", member.Status, status).Set("sessionsRevoked", revoked).Build(),
        }, ct);
        return await CommitAsync(uow, me, userId, ct);
    }

    private async Task<Result<MemberResponse>> CommitAsync(IUnitOfWork uow, CurrentUser me, Guid userId, CancellationToken ct)
    {
        var member = (await team.FindAsync(uow, me.TenantId!.Value, userId, ct))!;
        await uow.CommitAsync(ct);
        return MemberResponse.From(member);
    }
}
