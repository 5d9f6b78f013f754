using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// Bearer authentication (JWT + live session check) and authorization: every route requires a signed-in user who
/// has satisfied two-factor where it is required; permission policies follow the role's permission set.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>Policy for the few routes an admin may use before enrolling in two-factor.</summary>
    public const string SignedInPolicy = "signed-in";

    public static IServiceCollection AddAppAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IAccessTokens>(provider => provider.GetRequiredService<TokenIssuer>());
        services.AddSingleton<SessionValidator>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer>((options, tokens) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters();
                options.Events = new JwtBearerEvents { OnTokenValidated = CheckSessionAsync };
            });

        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(FullAccess().Build())
            .AddPolicy(SignedInPolicy, policy => policy.RequireAuthenticatedUser());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        return services;
    }

    public static AuthorizationPolicyBuilder FullAccess() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(AppClaims.TwoFactor, AppClaims.TwoFactorSatisfied);

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicyProvider.PolicyName(permission));

    private static async Task CheckSessionAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!Guid.TryParse(principal.FindFirstValue(AppClaims.SessionId), out var sessionId)
            || !Guid.TryParse(principal.FindFirstValue(AppClaims.UserId), out var userId)
            || !RoleNames.TryParse(principal.FindFirstValue(AppClaims.Role), out _))
        {
            context.Fail("Token lacks session claims.");
            return;
        }
        Guid? tenantId = Guid.TryParse(principal.FindFirstValue(AppClaims.TenantId), out var tenant) ? tenant : null;
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (await validator.FindLiveAsync(sessionId, userId, tenantId, context.HttpContext.RequestAborted) is not { } session)
        {
            context.Fail("Session is no longer active.");
            return;
        }
        context.Principal = SessionPrincipal.From(principal, session);
    }

    private sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
    {
        private const string Prefix = "permission:";

        public static string PolicyName(Permission permission) => Prefix + permission;

        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
        {
            if (!policyName.StartsWith(Prefix, StringComparison.Ordinal)
                || !Enum.TryParse<Permission>(policyName[Prefix.Length..], out var permission))
            {
                return await base.GetPolicyAsync(policyName);
            }
            return FullAccess()
                .RequireAssertion(context =>
                    RoleNames.TryParse(context.User.FindFirstValue(AppClaims.Role), out var role) && RolePermissions.Has(role, permission))
                .Build();
        }
    }
}
