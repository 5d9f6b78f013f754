using System.Security.Claims;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// Gives every endpoint that names a <see cref="CurrentUser"/> parameter the authenticated caller of its request,
/// read from the validated access token (role, tenant and two-factor state come from the session, see
/// <see cref="SessionPrincipal"/>) and the client address.
/// </summary>
public static class CurrentUserBinding
{
    public static IServiceCollection AddCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped(provider => From(provider.GetRequiredService<IHttpContextAccessor>().HttpContext
            ?? throw new InvalidOperationException("The caller is known only while a request runs.")));
        return services;
    }

    public static CurrentUser From(HttpContext context)
    {
        var principal = context.User;
        return new CurrentUser(
            Guid.Parse(Required(principal, AppClaims.UserId)),
            Guid.Parse(Required(principal, AppClaims.SessionId)),
            principal.FindFirstValue(AppClaims.TenantId) is { } tenant ? Guid.Parse(tenant) : null,
            RoleNames.Parse(Required(principal, AppClaims.Role)),
            context.Connection.RemoteIpAddress?.ToString());
    }

    private static string Required(ClaimsPrincipal principal, string type) =>
        principal.FindFirstValue(type) ?? throw new InvalidOperationException($"Access token lacks the {type} claim.");
}
