using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Hosting.Middleware;

namespace VioConcierge.Functions.Identity;

/// <summary>Sign-in, token refresh and sign-out.</summary>
[ApiTag("Auth")]
public sealed class AuthFunctions(Caller caller, LoginService login, RefreshService refresh, TimeProvider time)
{
    [Function(nameof(Login)), Anonymous, RateLimited(RateLimitMiddleware.AuthPolicy), JsonBody(typeof(LoginRequest)), Returns(typeof(TokenResponse)),
     Problem(401), Problem(403), Problem(423)]
    public async Task<IResult> Login(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/login")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<LoginRequest>(ct);
        var errors = new FieldErrors()
            .AddIf(string.IsNullOrWhiteSpace(body.Email), "email", "Email is required.")
            .AddIf(string.IsNullOrEmpty(body.Password), "password", "Password is required.")
            .AddIf(body.Email?.Length > EmailAddress.MaxLength, "email", "Email is too long.")
            .AddIf(body.Password?.Length > 1024, "password", "Password is too long.");
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        var result = await login.LoginAsync(body, request.HttpContext.Connection.RemoteIpAddress?.ToString(), request.Headers.UserAgent.ToString(), ct);
        return ToHttp(result, request);
    }

    [Function(nameof(Refresh)), Anonymous, RateLimited(RateLimitMiddleware.AuthPolicy), JsonBody(typeof(RefreshRequest)), Returns(typeof(TokenResponse)),
     Problem(401), Problem(403)]
    public async Task<IResult> Refresh(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/refresh")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<RefreshRequest>(ct);
        if (string.IsNullOrWhiteSpace(body.RefreshToken) || body.RefreshToken.Length > 200)
        {
            return ApiProblems.Validation("refreshToken", "Refresh token is required.");
        }
        return ToHttp(await refresh.RefreshAsync(body.RefreshToken, request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct), request);
    }

    [Function(nameof(Logout)), SignedIn, Returns(204)]
    public async Task<IResult> Logout(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/logout")] HttpRequest request, CancellationToken ct)
    {
        await refresh.LogoutAsync(caller.User, ct);
        return TypedResults.NoContent();
    }

    private IResult ToHttp(SignInResult result, HttpRequest request)
    {
        switch (result)
        {
            case SignInResult.Success success:
                return TypedResults.Ok(success.Tokens);
            case SignInResult.LockedOut locked:
                var seconds = Math.Max(1, (int)Math.Ceiling((locked.Until - time.GetUtcNow()).TotalSeconds));
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
