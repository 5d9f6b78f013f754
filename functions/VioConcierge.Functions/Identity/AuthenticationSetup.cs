using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// Bearer authentication: a signed access token whose session is still live (checked on every request, see
/// <see cref="SessionPrincipal"/>). <see cref="Hosting.Middleware.AccessMiddleware"/> runs it for every function that
/// is not anonymous and then checks two-factor and the function's permission.
/// </summary>
public static class AuthenticationSetup
{
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
        return services;
    }

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
}
