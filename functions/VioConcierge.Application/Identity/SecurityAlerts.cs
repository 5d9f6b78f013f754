using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Email;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Security alert emails, which a user cannot turn off: their password was changed, someone signed in with a browser
/// and system not seen before from that address, two-factor was turned on or off, their sign-in email was changed. Each is enqueued in
/// the transaction of the change it reports (sent only if it commits), once per event.
/// </summary>
public sealed class SecurityAlerts(EmailOutbox outbox, TimeProvider time)
{
    public Task PasswordChangedAsync(IUnitOfWork uow, UserRow user, CancellationToken ct) =>
        SendAsync(uow, user, user.Email, "password", "Your VioConcierge password was changed",
            ["The password of your VioConcierge account was just changed, and your other sessions were signed out.",
             "If this was not you, ask your practice administrator to reset your password at once."], ct);

    public Task NewSignInAsync(IUnitOfWork uow, UserRow user, string device, string network, CancellationToken ct) =>
        SendAsync(uow, user, user.Email, "sign-in", "New sign-in to your VioConcierge account",
            [$"Your account was signed in to from {device} ({network}) at {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC.",
             "If this was you, there is nothing to do. If not, change your password and sign out your other sessions."], ct);

    public Task TwoFactorChangedAsync(IUnitOfWork uow, UserRow user, bool enabled, CancellationToken ct) =>
        SendAsync(uow, user, user.Email, enabled ? "2fa-on" : "2fa-off",
            enabled ? "Two-factor authentication is on" : "Two-factor authentication was turned off",
            [enabled
                ? "Two-factor authentication was turned on for your VioConcierge account. Keep your backup codes somewhere safe."
                : "Two-factor authentication was turned off for your VioConcierge account.",
             "If this was not you, contact your practice administrator at once."], ct);

    /// <summary>Told at the old address, so a takeover that changed the email does not go unseen.</summary>
    public Task EmailChangedAsync(IUnitOfWork uow, UserRow user, string oldEmail, CancellationToken ct) =>
        SendAsync(uow, user, oldEmail, "email", "Your VioConcierge sign-in email was changed",
            ["The email address you sign in to VioConcierge with was changed; this address no longer receives its emails.",
             "If this was not you, contact your practice administrator at once."], ct);

    private Task SendAsync(IUnitOfWork uow, UserRow user, string to, string what, string subject, IReadOnlyList<string> paragraphs, CancellationToken ct) =>
        outbox.EnqueueAsync(uow, user.TenantId, EmailTemplate.Build(to, subject, $"Hello {user.FullName},", paragraphs),
            $"security:{what}:{user.Id:N}:{time.GetUtcNow().UtcTicks}", ct);
}
