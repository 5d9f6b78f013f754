namespace VioConcierge.Core.Identity;

/// <summary>
/// What a single-use emailed link is for, and how long it stays valid: a new member's welcome (set a first
/// password, 7 days), an admin's password reset (24 hours), or confirming a new email address (24 hours).
/// </summary>
public static class UserLinkPurposes
{
    public const string Welcome = "welcome";
    public const string PasswordReset = "password_reset";
    public const string EmailChange = "email_change";

    public static TimeSpan Lifetime(string purpose) => purpose switch
    {
        Welcome => TimeSpan.FromDays(7),
        PasswordReset or EmailChange => TimeSpan.FromHours(24),
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown link purpose."),
    };

    /// <summary>Whether the link sets a password (welcome or reset) rather than confirming an email.</summary>
    public static bool SetsPassword(string purpose) => purpose is Welcome or PasswordReset;
}
