namespace VioConcierge.Application.Email;

/// <summary>
/// The mail port: hands one message to the mail server (SMTP in production, a mail catcher locally). Throws when the
/// server refuses or cannot be reached, so the background work that called it is retried. <paramref name="messageId"/>
/// is stable across retries of the same email (the <c>Message-ID</c> header), so a receiving server can spot a repeat.
/// </summary>
public interface IMailSender
{
    Task SendAsync(EmailMessage message, string messageId, CancellationToken ct);
}
