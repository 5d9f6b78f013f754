using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>TOTP enrolment (setup, then verify with a first code), backup codes, and turning two-factor off.</summary>
public sealed class TwoFactorService(
    ITransactions database,
    IUserStore users,
    ISessionStore sessions,
    TwoFactorCodes codes,
    SessionFactory sessionFactory,
    IPasswordHashing passwords,
    SecurityAlerts alerts,
    IAuditLog audit,
    IOptions<SecurityOptions> security,
    TimeProvider time)
{
    public async Task<Result<TwoFactorSetupResponse>> SetupAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        if (user.TwoFactorEnabled)
        {
            return FieldErrors.Single("twoFactor", "Two-factor authentication is already on; turn it off first to re-enrol.");
        }
        var secret = Totp.NewSecret();
        await users.SetPendingTotpAsync(uow, me.UserId, codes.ProtectSecret(me.UserId, secret), time.GetUtcNow(), ct);
        await uow.CommitAsync(ct);
        return new TwoFactorSetupResponse(Base32.Encode(secret), Totp.ProvisioningUri(secret, user.Email, security.Value.TotpIssuer));
    }

    /// <summary>Confirms enrolment with a first code; returns the backup codes (shown once) and a full-access token.</summary>
    public async Task<Result<TwoFactorEnabledResponse>> VerifyAsync(CurrentUser me, string? code, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        if (user.TotpPendingSecret is null)
        {
            return FieldErrors.Single("code", "Start two-factor setup first.");
        }
        if (codes.VerifyPending(user, code) is not { } step)
        {
            return FieldErrors.Single("code", "The code is not valid.");
        }
        await users.EnableTotpAsync(uow, me.UserId, step, now, ct);
        var backupCodes = await ReplaceBackupCodesAsync(uow, user, ct);
        await sessions.MarkTwoFactorVerifiedAsync(uow, me.SessionId, ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.TwoFactorEnabled), ct);
        await alerts.TwoFactorChangedAsync(uow, user, enabled: true, ct);
        await uow.CommitAsync(ct);
        var (token, expires) = sessionFactory.IssueAccessToken(user, me.SessionId, twoFactorSatisfied: true);
        return new TwoFactorEnabledResponse(backupCodes, token, expires);
    }

    public async Task<Result<IReadOnlyList<string>>> RegenerateBackupCodesAsync(CurrentUser me, string? code, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        if (!user.TwoFactorEnabled)
        {
            return FieldErrors.Single("twoFactor", "Two-factor authentication is not on.");
        }
        if (code is null || !await codes.AcceptAsync(uow, user, code, null, ct))
        {
            return FieldErrors.Single("code", "The code is not valid.");
        }
        var backupCodes = await ReplaceBackupCodesAsync(uow, user, ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.BackupCodesRegenerated), ct);
        await uow.CommitAsync(ct);
        return Result<IReadOnlyList<string>>.Ok(backupCodes);
    }

    /// <summary>Turns two-factor off after checking password and a code. Admins may not while it is mandatory.</summary>
    public async Task<Result<bool>> DisableAsync(CurrentUser me, DisableTwoFactorRequest request, CancellationToken ct)
    {
        if (me.Role.IsAdmin() && security.Value.RequireAdminTwoFactor)
        {
            return new Failure(FailureKind.Forbidden, Detail: "Two-factor authentication cannot be turned off for admin accounts.");
        }
        await using var uow = await database.BeginForAsync(me, ct);
        var user = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        if (!user.TwoFactorEnabled)
        {
            return Result<bool>.Conflict("Two-factor authentication is not on.");
        }
        if (request.Password is null || !passwords.Verify(user.PasswordHash, request.Password, out _)
            || !await codes.AcceptAsync(uow, user, request.Code, request.Code is null ? request.BackupCode : null, ct))
        {
            return FieldErrors.Single("code", "Password or code is not valid.");
        }
        await users.DisableTotpAsync(uow, me.UserId, time.GetUtcNow(), ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.TwoFactorDisabled), ct);
        await alerts.TwoFactorChangedAsync(uow, user, enabled: false, ct);
        await uow.CommitAsync(ct);
        return true;
    }

    private async Task<IReadOnlyList<string>> ReplaceBackupCodesAsync(IUnitOfWork uow, UserRow user, CancellationToken ct)
    {
        var backupCodes = BackupCodes.Generate();
        await users.ReplaceBackupCodesAsync(uow, user.TenantId, user.Id, backupCodes.Select(BackupCodes.Hash), time.GetUtcNow(), ct);
        return backupCodes;
    }

    private static AuditEntry Entry(CurrentUser me, string action) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "user", me.UserId.ToString(), ClientIp: me.ClientIp);
}
