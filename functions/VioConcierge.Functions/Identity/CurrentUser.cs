using System.Security.Claims;
using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>The authenticated caller, read from the access token. The tenant always comes from here.</summary>
public sealed record CurrentUser(Guid UserId, Guid SessionId, Guid? TenantId, Role Role, string? ClientIp)
{
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

    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<CurrentUser?>(context.User.Identity?.IsAuthenticated == true ? From(context) : null);

    private static string Required(ClaimsPrincipal principal, string type) =>
        principal.FindFirstValue(type) ?? throw new InvalidOperationException($"Access token lacks the {type} claim.");
}
