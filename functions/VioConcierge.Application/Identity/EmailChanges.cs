using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Email;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>
/// A change of sign-in email waits for its confirmation: a single-use link (24 hours) goes to the new address, and
/// only using it changes the email (<see cref="AccountLinkService.ConfirmEmailAsync"/>). An address another account
/// uses is refused at once (and again when confirmed).
/// </summary>
public sealed class EmailChanges(EmailsInUse emails, UserLinks links, EmailOutbox outbox, IAuditLog audit, IOptions<ConsoleOptions> console)
{
    /// <summary>The new address, lower-cased, or null (nothing asked, or an error added).</summary>
    public static string? Read(string? input, FieldErrors errors)
    {
        if (input is null)
        {
            return null;
        }
        if (!EmailAddress.TryParse(input, out var email))
        {
            errors.Add("email", "Email is not a valid address.");
            return null;
        }
        return email.Value;
    }

    public async Task<Failure?> RequestAsync(IUnitOfWork uow, CurrentUser me, UserRow user, string newEmail, CancellationToken ct)
    {
        if (await emails.AnywhereAsync(newEmail, ct))
        {
            return new Failure(FailureKind.Conflict, Detail: "This email address is already used by another account.");
        }
        var token = await links.IssueAsync(uow, user, UserLinkPurposes.EmailChange, newEmail, ct);
        var message = EmailTemplate.Build(newEmail, "Confirm your new VioConcierge email", $"Hello {user.FullName},",
            ["You asked to sign in to VioConcierge with this email address from now on.",
             "Confirm it with the link below (it works once and for 24 hours); until then your current address stays in use."],
            new EmailLink("Confirm this email address", console.Value.Link("confirm-email", token)));
        await outbox.EnqueueAsync(uow, user.TenantId, message, $"email-change:{user.Id:N}:{Convert.ToHexString(SecureTokens.Hash(token))[..16]}", ct);
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.EmailChangeRequested, "user",
            me.UserId.ToString(), new AuditChanges().Set("newEmail", newEmail).Build(), me.ClientIp), ct);
        return null;
    }
}
