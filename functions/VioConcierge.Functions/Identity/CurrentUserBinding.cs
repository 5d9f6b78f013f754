using System.Security.Claims;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// The <see cref="CurrentUser"/> of a request, read from its validated access token (role, tenant and two-factor state
/// come from the session, see <see cref="SessionPrincipal"/>) and its client address.
/// </summary>
public static class CurrentUserBinding
{
    public static IServiceCollection AddCurrentUser(this IServiceCollection services)
    {
        services.AddScoped<Caller>();
        services.AddScoped(provider => provider.GetRequiredService<Caller>().User);
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
