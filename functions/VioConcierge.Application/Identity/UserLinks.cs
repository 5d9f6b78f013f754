using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Issues single-use links: a random token that exists only in the email (the database keeps its SHA-256), valid for
/// its purpose's lifetime (<see cref="UserLinkPurposes"/>). A new link withdraws the user's older unused ones of the
/// same kind, so only the latest email works.
/// </summary>
public sealed class UserLinks(IUserLinks links, TimeProvider time)
{
    private static readonly string[] PasswordPurposes = [UserLinkPurposes.Welcome, UserLinkPurposes.PasswordReset];

    /// <summary>Stores a new link for <paramref name="user"/> in <paramref name="uow"/>; returns its token.</summary>
    public async Task<string> IssueAsync(IUnitOfWork uow, UserRow user, string purpose, string? newEmail, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var token = SecureTokens.NewToken();
        await links.WithdrawAsync(uow, user.Id, UserLinkPurposes.SetsPassword(purpose) ? PasswordPurposes : [purpose], now, ct);
        await links.InsertAsync(uow, new UserLinkRow
        {
            TenantId = user.TenantId,
            Id = Ids.New(time),
            UserId = user.Id,
            Purpose = purpose,
            TokenHash = SecureTokens.Hash(token),
            NewEmail = newEmail,
            CreatedAt = now,
            ExpiresAt = now + UserLinkPurposes.Lifetime(purpose),
        }, ct);
        return token;
    }
}
