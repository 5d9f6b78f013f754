using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Email;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;
using Microsoft.Extensions.Options;

namespace VioConcierge.Application.Team;

/// <summary>
/// Sends a member their single-use link to set a password, by email through the outbox in the caller's transaction:
/// the welcome (a new member) or the reset (an admin's password reset). The token exists only in that email.
/// </summary>
public sealed class TeamInvitations(IUserStore users, UserLinks links, EmailOutbox outbox, IOptions<ConsoleOptions> console)
{
    public async Task SendWelcomeAsync(IUnitOfWork uow, CurrentUser me, UserRow member, CancellationToken ct)
    {
        var admin = (await users.FindByIdAsync(uow, me.UserId, ct))!;
        var token = await links.IssueAsync(uow, member, UserLinkPurposes.Welcome, null, ct);
        var message = TeamEmails.Welcome(member.Email, member.FullName, admin.TenantName ?? "your business", admin.FullName,
            console.Value.Link("set-password", token));
        await outbox.EnqueueAsync(uow, member.TenantId, message, $"welcome:{member.Id:N}:{Convert.ToHexString(SecureTokens.Hash(token))[..16]}", ct);
    }

    public async Task SendResetAsync(IUnitOfWork uow, UserRow member, CancellationToken ct)
    {
        var token = await links.IssueAsync(uow, member, UserLinkPurposes.PasswordReset, null, ct);
        var message = TeamEmails.PasswordReset(member.Email, member.FullName, member.TenantName ?? "your business", console.Value.Link("set-password", token));
        await outbox.EnqueueAsync(uow, member.TenantId, message, $"reset:{member.Id:N}:{Convert.ToHexString(SecureTokens.Hash(token))[..16]}", ct);
    }
}
