using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

/// <summary>Sign-in security settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Admins (super and client) must use TOTP two-factor. The local run turns it off.</summary>
    public bool RequireAdminTwoFactor { get; set; } = true;

    [Range(210_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 210_000;

    [Range(3, 20)]
    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Idle timeout for super-admin sessions (platform users have no tenant setting); shorter by design.</summary>
    [Range(1, 24)]
    public int PlatformSessionIdleHours { get; set; } = 2;

    /// <summary>Absolute lifetime of a session whatever its activity.</summary>
    public TimeSpan SessionMaxLifetime { get; set; } = TimeSpan.FromDays(14);

    public string TotpIssuer { get; set; } = "VioConcierge";
}
