using Microsoft.Extensions.Options;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Functions.Identity;

/// <summary>The signed-in user's own account: profile, password, sessions and two-factor.</summary>
[ApiTag("Me")]
public sealed class MeFunctions(Caller caller, AccountService accounts, TwoFactorService twoFactor, IOptions<SecurityOptions> security)
{
    [Function(nameof(GetMe)), SignedIn, Returns(typeof(MeResponse)), ReturnsETag]
    public async Task<IResult> GetMe([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me")] HttpRequest request, CancellationToken ct) =>
        (await accounts.GetAsync(caller.User, ct)).ToHttp(user => WithETag(request, user), "User");

    [Function(nameof(UpdateMe)), RequirePermission(Permission.UpdateOwnProfile), JsonBody(typeof(UpdateProfileRequest)), Returns(typeof(MeResponse)), ReturnsETag]
    public async Task<IResult> UpdateMe([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/me")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<UpdateProfileRequest>(ct);
        return await ExpectedVersion.CheckedAsync(request, body.Version, async expected =>
            (await accounts.UpdateProfileAsync(caller.User, body, expected, ct)).ToHttp(user => WithETag(request, user), "User"));
    }

    [Function(nameof(ChangePassword)), SignedIn, JsonBody(typeof(ChangePasswordRequest)), Returns(204)]
    public async Task<IResult> ChangePassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/me/password")] HttpRequest request, CancellationToken ct) =>
        (await accounts.ChangePasswordAsync(caller.User, await request.ReadJsonAsync<ChangePasswordRequest>(ct), ct)).ToHttp(_ => TypedResults.NoContent(), "User");

    [Function(nameof(ListSessions)), SignedIn, Returns(typeof(SessionResponse[]))]
    public async Task<IResult> ListSessions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me/sessions")] HttpRequest request, CancellationToken ct)
    {
        var sessions = await accounts.ListSessionsAsync(caller.User, ct);
        return TypedResults.Ok(sessions.Select(session => SessionResponse.From(session, caller.User.SessionId)).ToArray());
    }

    [Function(nameof(RevokeSession)), SignedIn, Returns(204)]
    public async Task<IResult> RevokeSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/me/sessions/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await accounts.RevokeSessionAsync(caller.User, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Session");

    [Function(nameof(RevokeOtherSessions)), SignedIn, Returns(204)]
    public async Task<IResult> RevokeOtherSessions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/me/sessions")] HttpRequest request, CancellationToken ct)
    {
        await accounts.RevokeOtherSessionsAsync(caller.User, ct);
        return TypedResults.NoContent();
    }

    [Function(nameof(SetupTwoFactor)), SignedIn, Returns(typeof(TwoFactorSetupResponse))]
    public async Task<IResult> SetupTwoFactor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/me/2fa/setup")] HttpRequest request, CancellationToken ct) =>
        (await twoFactor.SetupAsync(caller.User, ct)).ToHttp(setup => TypedResults.Ok(setup), "User");

    [Function(nameof(VerifyTwoFactor)), SignedIn, JsonBody(typeof(TwoFactorCodeRequest)), Returns(typeof(TwoFactorEnabledResponse))]
    public async Task<IResult> VerifyTwoFactor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/me/2fa/verify")] HttpRequest request, CancellationToken ct) =>
        (await twoFactor.VerifyAsync(caller.User, (await request.ReadJsonAsync<TwoFactorCodeRequest>(ct)).Code, ct)).ToHttp(enabled => TypedResults.Ok(enabled), "User");

    [Function(nameof(DisableTwoFactor)), SignedIn, JsonBody(typeof(DisableTwoFactorRequest)), Returns(204)]
    public async Task<IResult> DisableTwoFactor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/me/2fa")] HttpRequest request, CancellationToken ct) =>
        (await twoFactor.DisableAsync(caller.User, await request.ReadJsonAsync<DisableTwoFactorRequest>(ct), ct)).ToHttp(_ => TypedResults.NoContent(), "User");

    [Function(nameof(RegenerateBackupCodes)), SignedIn, JsonBody(typeof(TwoFactorCodeRequest)), Returns(typeof(BackupCodesResponse))]
    public async Task<IResult> RegenerateBackupCodes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/me/2fa/backup-codes")] HttpRequest request, CancellationToken ct) =>
        (await twoFactor.RegenerateBackupCodesAsync(caller.User, (await request.ReadJsonAsync<TwoFactorCodeRequest>(ct)).Code, ct))
            .ToHttp(codes => TypedResults.Ok(new BackupCodesResponse(codes)), "User");

    private IResult WithETag(HttpRequest request, UserRow user) =>
        ExpectedVersion.Ok(request.HttpContext, MeResponse.From(user, security.Value), user.Version);
}
