using System.Security.Claims;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// The principal a request runs as: the token's identity claims with its role, tenant and two-factor state replaced
/// by the live session's. A token re-signed to claim another role or tenant therefore gains nothing, and a role
/// change takes effect on the user's next request.
/// </summary>
public static class SessionPrincipal
{
    private static readonly HashSet<string> FromSession = [AppClaims.Role, AppClaims.TenantId, AppClaims.TwoFactor];

    public static ClaimsPrincipal From(ClaimsPrincipal token, SessionCheck session)
    {
        var identity = new ClaimsIdentity(
            token.Claims.Where(claim => !FromSession.Contains(claim.Type)),
            token.Identity?.AuthenticationType, AppClaims.UserId, AppClaims.Role);
        identity.AddClaim(new Claim(AppClaims.Role, session.UserRole));
        if (session.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(AppClaims.TenantId, tenantId.ToString()));
        }
        identity.AddClaim(new Claim(AppClaims.TwoFactor,
            session.TwoFactorVerified ? AppClaims.TwoFactorSatisfied : AppClaims.TwoFactorEnrollmentRequired));
        return new ClaimsPrincipal(identity);
    }
}
