using VioConcierge.Application.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Hosting.Middleware;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// The public side of emailed single-use links (no sign-in: the token is the proof), rate-limited per client like
/// sign-in: set a password (welcome, reset) and confirm a new sign-in email.
/// </summary>
[ApiTag("Auth")]
public sealed class AccountLinkFunctions(AccountLinkService links)
{
    [Function(nameof(SetPassword)), Anonymous, RateLimited(RateLimitMiddleware.AuthPolicy), JsonBody(typeof(SetPasswordRequest)), Returns(204),
     RequiresBodyFields("token", "password")]
    public async Task<IResult> SetPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/set-password")] HttpRequest request, CancellationToken ct) =>
        (await links.SetPasswordAsync(await request.ReadJsonAsync<SetPasswordRequest>(ct), request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct))
            .ToHttp(_ => TypedResults.NoContent(), "Link");

    [Function(nameof(ConfirmEmail)), Anonymous, RateLimited(RateLimitMiddleware.AuthPolicy), JsonBody(typeof(ConfirmEmailRequest)), Returns(204),
     RequiresBodyFields("token")]
    public async Task<IResult> ConfirmEmail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/confirm-email")] HttpRequest request, CancellationToken ct) =>
        (await links.ConfirmEmailAsync(await request.ReadJsonAsync<ConfirmEmailRequest>(ct), request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct))
            .ToHttp(_ => TypedResults.NoContent(), "Link");
}
