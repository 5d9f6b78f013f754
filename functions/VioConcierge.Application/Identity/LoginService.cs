using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Email + password sign-in with lockout after repeated failures, two-factor when enabled, and the same answer for
/// an unknown email as for a wrong password.
/// </summary>
public sealed class LoginService(
    ITransactions database,
    IUserStore users,
    IPasswordHashing passwords,
    TwoFactorCodes twoFactor,
    SessionFactory sessionFactory,
    ISignInHistory history,
    SecurityAlerts alerts,
    IAuditLog audit,
    IOptions<SecurityOptions> security,
    TimeProvider time)
{
    private const string BadCredentials = "Email or password is incorrect.";

    /// <summary>How many of a user's latest sessions from the signing-in address are compared with the new one's device.</summary>
    private const int SignInHistoryDepth = 50;

    public async Task<SignInResult> LoginAsync(LoginRequest request, string? ip, string? userAgent, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var user = await users.FindByEmailAsync(uow, request.Email!.Trim(), ct);
        if (user is null)
        {
            passwords.VerifyDummy(request.Password!);
            return new SignInResult.InvalidCredentials(BadCredentials);
        }
        if (user.LockedUntil > now)
        {
            return new SignInResult.LockedOut(user.LockedUntil.Value);
        }
        if (!passwords.Verify(user.PasswordHash, request.Password!, out var rehash))
        {
            return await FailAsync(uow, user, ip, "password", ct);
        }
        if (user.Status != "active")
        {
            return new SignInResult.InvalidCredentials(BadCredentials);
        }
        if (user.TenantStatus is { } tenantStatus && !TenantStatus.AllowsSignIn(tenantStatus))
        {
            return new SignInResult.AccountUnavailable($"This organisation's account is {tenantStatus}.");
        }

        var role = RoleNames.Parse(user.Role);
        var twoFactorSatisfied = !(role.IsAdmin() && security.Value.RequireAdminTwoFactor);
        if (user.TwoFactorEnabled)
        {
            if (request.TotpCode is null && request.BackupCode is null)
            {
                return new SignInResult.TwoFactorRequired();
            }
            var usedBackupCode = request.TotpCode is null;
            if (!await twoFactor.AcceptAsync(uow, user, request.TotpCode, request.BackupCode, ct))
            {
                return await FailAsync(uow, user, ip, "two_factor_code", ct);
            }
            if (usedBackupCode)
            {
                await audit.AppendAsync(uow, Entry(user, AuditActions.BackupCodeUsed, ip), ct);
            }
            twoFactorSatisfied = true;
        }

        if (rehash)
        {
            await users.UpdatePasswordHashAsync(uow, user.Id, passwords.Hash(request.Password!), changedByUser: false, now, ct);
        }
        await users.RecordSuccessfulLoginAsync(uow, user.Id, now, ct);
        var device = UserAgentDevice.Describe(SessionFactory.Readable(userAgent));
        var (earlier, agentsFromAddress) = await history.EarlierSessionsAsync(uow, user.TenantId, user.Id, ip, SignInHistoryDepth, ct);
        var tokens = await sessionFactory.OpenAsync(uow, user, twoFactorSatisfied, ip, userAgent, ct);
        // A device seen before is the same browser and system from the same address: a browser update is not new.
        if (earlier && !agentsFromAddress.Any(agent => UserAgentDevice.Describe(agent) == device))
        {
            await alerts.NewSignInAsync(uow, user, device, NetworkLocation.Describe(ip), ct);
        }
        await audit.AppendAsync(uow, Entry(user, AuditActions.UserLoggedIn, ip), ct);
        await uow.CommitAsync(ct);
        return new SignInResult.Success(tokens);
    }

    private async Task<SignInResult> FailAsync(IUnitOfWork uow, UserRow user, string? ip, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var previousFailures = user.LockedUntil is not null ? 0 : user.FailedLoginCount;
        var failures = previousFailures + 1;
        DateTimeOffset? lockedUntil = failures >= security.Value.MaxFailedLogins ? now + security.Value.LockoutDuration : null;
        await users.RecordFailedLoginAsync(uow, user.Id, lockedUntil is null ? failures : 0, lockedUntil, now, ct);
        await audit.AppendAsync(uow, Entry(user, AuditActions.UserLoginFailed, ip) with
        {
            Changes = new AuditChanges().Set("reason", reason).Set("failedAttempts", failures).Build(),
        }, ct);
        if (lockedUntil is not null)
        {
            await audit.AppendAsync(uow, Entry(user, AuditActions.UserLockedOut, ip) with
            {
                Changes = new AuditChanges().Set("lockedUntil", lockedUntil).Build(),
            }, ct);
        }
        await uow.CommitAsync(ct);
        return lockedUntil is { } until
            ? new SignInResult.LockedOut(until)
            : new SignInResult.InvalidCredentials(reason == "password" ? BadCredentials : "The two-factor code is not valid.");
    }

    private static AuditEntry Entry(UserRow user, string action, string? ip) =>
        new(user.TenantId, user.Id, user.Role, action, "user", user.Id.ToString(), ClientIp: ip);
}
