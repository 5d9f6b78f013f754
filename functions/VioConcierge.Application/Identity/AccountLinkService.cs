using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Redeems the single-use links of the public routes: set a password (welcome or reset: the password policy of the
/// user's role applies, every session of the user ends, any lockout is lifted) and confirm a new sign-in email. A
/// token works once, before it expires, for an active user; anything else is the same 400, so a guess learns nothing.
/// </summary>
public sealed class AccountLinkService(
    ITransactions database,
    IUserLinks links,
    IUserStore users,
    ISessionStore sessions,
    IPasswordHashing passwords,
    SecurityAlerts alerts,
    IAuditLog audit,
    TimeProvider time)
{
    private const string NotValid = "This link is not valid or has expired; ask for a new one.";
    public const int MaxTokenLength = 200;

    public async Task<Result<bool>> SetPasswordAsync(SetPasswordRequest request, string? ip, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        if (await RedeemableAsync(uow, request.Token, ct) is not ({ } link, { } user) || !UserLinkPurposes.SetsPassword(link.Purpose))
        {
            return FieldErrors.Single("token", NotValid);
        }
        var policy = PasswordPolicy.Check(request.Password, RoleNames.Parse(user.Role));
        if (!policy.IsEmpty)
        {
            return policy;
        }
        var now = time.GetUtcNow();
        if (!await links.UseAsync(uow, link.Id, now, ct))
        {
            return FieldErrors.Single("token", NotValid);
        }
        await users.SetChosenPasswordAsync(uow, user.Id, passwords.Hash(request.Password!), now, ct);
        var revoked = await sessions.RevokeAllForUserAsync(uow, user.Id, null, "password_set", now, ct);
        await audit.AppendAsync(uow, Entry(user, AuditActions.PasswordSet, ip) with
        {
            Changes = new AuditChanges().Set("link", link.Purpose).Set("sessionsRevoked", revoked).Build(),
        }, ct);
        if (link.Purpose == UserLinkPurposes.PasswordReset)
        {
            await alerts.PasswordChangedAsync(uow, user, ct);
        }
        await uow.CommitAsync(ct);
        return true;
    }

    public async Task<Result<bool>> ConfirmEmailAsync(ConfirmEmailRequest request, string? ip, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        if (await RedeemableAsync(uow, request.Token, ct) is not ({ } link, { } user) || link.Purpose != UserLinkPurposes.EmailChange)
        {
            return FieldErrors.Single("token", NotValid);
        }
        if (await users.EmailExistsAsync(uow, link.NewEmail!, ct))
        {
            return Result<bool>.Conflict("This email address is already used by another account.");
        }
        var now = time.GetUtcNow();
        if (!await links.UseAsync(uow, link.Id, now, ct))
        {
            return FieldErrors.Single("token", NotValid);
        }
        await users.UpdateEmailAsync(uow, user.Id, link.NewEmail!, now, ct);
        await audit.AppendAsync(uow, Entry(user, AuditActions.EmailChanged, ip) with
        {
            Changes = new AuditChanges().Change("email", user.Email, link.NewEmail).Build(),
        }, ct);
        await alerts.EmailChangedAsync(uow, user, user.Email, ct);
        await uow.CommitAsync(ct);
        return true;
    }

    /// <summary>The unused, unexpired link of this token and its active user; null otherwise.</summary>
    private async Task<(UserLinkRow Link, UserRow User)?> RedeemableAsync(IUnitOfWork uow, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength
            || await links.FindByTokenHashAsync(uow, SecureTokens.Hash(token), ct) is not { UsedAt: null } link
            || link.ExpiresAt <= time.GetUtcNow()
            || await users.FindByIdAsync(uow, link.UserId, ct) is not { Status: "active" } user)
        {
            return null;
        }
        return (link, user);
    }

    private static AuditEntry Entry(UserRow user, string action, string? ip) =>
        new(user.TenantId, user.Id, user.Role, action, "user", user.Id.ToString(), ClientIp: ip);
}
