using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Mail;

/// <summary>
/// The SMTP server email goes through (section <c>Mail</c>): Azure Communication Services' SMTP relay, any provider's
/// submission port, or a local mail catcher. <see cref="Password"/> is a secret (a Key Vault reference in Azure).
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Host name or address of the SMTP server.</summary>
    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>How the connection is protected: <c>none</c> (a loopback mail catcher only), <c>starttls</c> or <c>ssl</c>.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>The sender, as <c>address</c> or <c>Name &lt;address&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "";

    /// <summary>Signs in with <see cref="UserName"/> and <see cref="Password"/> when a user name is given.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one connection, sign-in or send may take before the attempt fails (and is retried).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
