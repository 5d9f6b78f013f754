using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Azure.Functions.Worker.Middleware;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Hosting.Middleware;

/// <summary>
/// Enforces each HTTP function's declared <see cref="AccessAttribute"/> before anything reads the request: the bearer
/// token and its live session (401 otherwise, with <c>WWW-Authenticate: Bearer</c>), then two-factor and the
/// permission (403). An anonymous caller therefore learns nothing of a protected function's body rules.
/// </summary>
public sealed class AccessMiddleware(FunctionCatalog catalog) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        var function = catalog.Find(context.FunctionDefinition);
        var access = function.Access ?? throw new InvalidOperationException($"Function {function.Name} does not declare who may call it.");
        if (access is AnonymousAttribute)
        {
            await next(context);
            return;
        }
        var authentication = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!authentication.Succeeded)
        {
            http.Response.Headers.WWWAuthenticate = http.Request.Headers.Authorization.Count == 0 ? "Bearer" : "Bearer error=\"invalid_token\"";
            context.GetInvocationResult().Value = ApiProblems.Unauthorized("Sign in first; the access token is missing, expired or its session has ended.");
            return;
        }
        http.User = authentication.Principal;
        if (Refusal(access, http.User) is { } refusal)
        {
            context.GetInvocationResult().Value = ApiProblems.Forbidden(refusal);
            return;
        }
        context.InstanceServices.GetRequiredService<Caller>().SignedIn(CurrentUserBinding.From(http));
        await next(context);
    }

    private static string? Refusal(AccessAttribute access, ClaimsPrincipal user)
    {
        if (access is SignedInAttribute)
        {
            return null;
        }
        if (user.FindFirstValue(AppClaims.TwoFactor) != AppClaims.TwoFactorSatisfied)
        {
            return "Enrol in two-factor authentication first.";
        }
        return access is RequirePermissionAttribute required
            && !(RoleNames.TryParse(user.FindFirstValue(AppClaims.Role), out var role) && RolePermissions.Has(role, required.Permission))
            ? "Your role may not do this."
            : null;
    }
}
