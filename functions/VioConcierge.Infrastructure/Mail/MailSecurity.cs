namespace VioConcierge.Infrastructure.Mail;

/// <summary>How the SMTP connection is protected (<c>Mail:Security</c>).</summary>
public enum MailSecurity
{
    /// <summary>Plain text: only for a mail catcher on loopback.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS before anything is sent (port 587); refused if the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Ssl,
}
