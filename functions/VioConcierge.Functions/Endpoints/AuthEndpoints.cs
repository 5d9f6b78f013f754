using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Sign-in, token refresh and sign-out.</summary>
public static class AuthEndpoints
{
    public const string RateLimitPolicy = "auth";

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status423Locked);
        group.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy);
        return app;
    }

    public static async Task<IResult> LoginAsync(LoginRequest request, LoginService login, HttpContext context, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .AddIf(string.IsNullOrWhiteSpace(request.Email), "email", "Email is required.")
            .AddIf(string.IsNullOrEmpty(request.Password), "password", "Password is required.")
            .AddIf(request.Email?.Length > EmailAddress.MaxLength, "email", "Email is too long.")
            .AddIf(request.Password?.Length > 1024, "password", "Password is too long.");
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        var result = await login.LoginAsync(request, context.Connection.RemoteIpAddress?.ToString(),
            context.Request.Headers.UserAgent.ToString(), ct);
        return ToHttp(result, context, time);
    }

    public static async Task<IResult> RefreshAsync(RefreshRequest request, RefreshService refresh, HttpContext context, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 200)
        {
            return ApiProblems.Validation("refreshToken", "Refresh token is required.");
        }
        return ToHttp(await refresh.RefreshAsync(request.RefreshToken, context.Connection.RemoteIpAddress?.ToString(), ct), context, time);
    }

    public static async Task<NoContent> LogoutAsync(CurrentUser user, RefreshService refresh, CancellationToken ct)
    {
        await refresh.LogoutAsync(user, ct);
        return TypedResults.NoContent();
    }

    private static IResult ToHttp(SignInResult result, HttpContext context, TimeProvider time)
    {
        switch (result)
        {
            case SignInResult.Success success:
                return TypedResults.Ok(success.Tokens);
            case SignInResult.LockedOut locked:
                var seconds = Math.Max(1, (int)Math.Ceiling((locked.Until - time.GetUtcNow()).TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "Account locked.",
                    detail: "Too many failed sign-in attempts; try again later.",
                    extensions: new Dictionary<string, object?> { ["lockedUntil"] = locked.Until });
            case SignInResult.TwoFactorRequired:
                return ApiProblems.Forbidden("A two-factor code is required.", new Dictionary<string, object?> { ["twoFactorRequired"] = true });
            case SignInResult.AccountUnavailable unavailable:
                return ApiProblems.Forbidden(unavailable.Detail);
            case SignInResult.InvalidCredentials invalid:
                return ApiProblems.Unauthorized(invalid.Detail);
            default:
                throw new InvalidOperationException($"Unexpected sign-in result {result.GetType().Name}.");
        }
    }
}
