namespace VioConcierge.Core.Identity;

/// <summary>
/// A team member's status as the console shows it: <c>deactivated</c> (cannot sign in), <c>invited</c> (added, has
/// never signed in and has not set a password yet) or <c>active</c>.
/// </summary>
public static class MemberStatus
{
    public const string Active = "active";
    public const string Invited = "invited";
    public const string Deactivated = "deactivated";

    public static readonly IReadOnlyList<string> All = [Active, Invited, Deactivated];

    public static string Of(string storedStatus, bool awaitingPassword, DateTimeOffset? lastLoginAt) =>
        storedStatus == Deactivated ? Deactivated : awaitingPassword && lastLoginAt is null ? Invited : Active;
}
