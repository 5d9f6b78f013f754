using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>Claim names carried in access tokens.</summary>
public static class AppClaims
{
    public const string UserId = "sub";
    public const string SessionId = "sid";
    public const string TenantId = "tid";
    public const string Role = "role";

    /// <summary>"ok" once two-factor is satisfied (or not required); "enroll" while an admin must still enrol.</summary>
    public const string TwoFactor = "tfa";

    public const string TwoFactorSatisfied = "ok";
    public const string TwoFactorEnrollmentRequired = "enroll";
}
