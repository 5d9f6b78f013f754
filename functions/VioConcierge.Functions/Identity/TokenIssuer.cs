using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>Issues short-lived HS256 access tokens bound to a server-side session.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, TimeProvider time) : IAccessTokens
{
    private readonly JsonWebTokenHandler _handler = new();

    public SymmetricSecurityKey SigningKey { get; } = new(Encoding.UTF8.GetBytes(options.Value.SigningKey));

    public (string Token, DateTimeOffset ExpiresAt) IssueAccessToken(UserRow user, Guid sessionId, bool twoFactorSatisfied)
    {
        var now = time.GetUtcNow();
        var expires = now.AddMinutes(options.Value.AccessTokenMinutes);
        var claims = new Dictionary<string, object>
        {
            [AppClaims.UserId] = user.Id.ToString(),
            [AppClaims.SessionId] = sessionId.ToString(),
            [AppClaims.Role] = user.Role,
            [AppClaims.TwoFactor] = twoFactorSatisfied ? AppClaims.TwoFactorSatisfied : AppClaims.TwoFactorEnrollmentRequired,
        };
        if (user.TenantId is { } tenantId)
        {
            claims[AppClaims.TenantId] = tenantId.ToString();
        }
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Value.Issuer,
        ValidAudience = options.Value.Audience,
        IssuerSigningKey = SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = AppClaims.UserId,
        RoleClaimType = AppClaims.Role,
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return notBefore is { } nbf && expires is { } exp && nbf <= now.AddSeconds(30) && now < exp;
        },
    };
}
