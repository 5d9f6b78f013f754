using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using VioConcierge.Application.Email;

namespace VioConcierge.Infrastructure.Mail;

/// <summary>
/// Hands each email to the SMTP server (MailKit): one connection per email, protected as <c>Mail:Security</c> says,
/// signed in when a user name is set. Any failure throws a <see cref="MailDeliveryException"/> that names the reason
/// without an address, so the work queue retries the email and dead-letters it after its last attempt. Logs name the
/// Message-ID only, never an address, subject or body.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken ct)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            using var mime = Compose(message, messageId, settings);
            await client.ConnectAsync(settings.Host, settings.Port, Socket(settings.Security), ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            }
            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception exception) when (Reason(exception, settings) is { } reason && !ct.IsCancellationRequested)
        {
            throw new MailDeliveryException(reason);
        }
        logger.LogInformation("Email {MessageId} handed to the mail server", messageId);
    }

    private static MimeMessage Compose(EmailMessage message, string messageId, MailOptions settings)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = messageId.Trim('<', '>') };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        return mime;
    }

    private static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>Why the email was not handed over, in words that hold no address or server text; null for a bug to surface as is.</summary>
    private static string? Reason(Exception exception, MailOptions settings) => exception switch
    {
        SmtpCommandException command => $"The mail server refused the {Stage(command.ErrorCode)} ({(int)command.StatusCode} {command.StatusCode}).",
        AuthenticationException => "The mail server refused the sign-in (Mail:UserName, Mail:Password).",
        SslHandshakeException => $"The TLS handshake with the mail server {settings.Host}:{settings.Port} failed.",
        SmtpProtocolException => "The mail server broke the SMTP protocol.",
        ParseException => "The email's addresses could not be read.",
        ServiceNotConnectedException or ServiceNotAuthenticatedException or IOException or SocketException or TimeoutException
            or OperationCanceledException => $"The mail server {settings.Host}:{settings.Port} could not be reached or did not answer ({exception.GetType().Name}).",
        NotSupportedException => $"The mail server {settings.Host}:{settings.Port} does not support {settings.Security}.",
        _ => null,
    };

    private static string Stage(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "recipient",
        SmtpErrorCode.SenderNotAccepted => "sender",
        SmtpErrorCode.MessageNotAccepted => "message",
        _ => "command",
    };
}
