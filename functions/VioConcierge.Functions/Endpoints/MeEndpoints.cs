using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>The signed-in user's own account: profile, password, sessions and two-factor.</summary>
public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Me");
        me.MapGet("", GetMeAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy).Produces<MeResponse>().ReturnsETag();
        me.MapPatch("", UpdateMeAsync).RequirePermission(Permission.UpdateOwnProfile).Produces<MeResponse>().ReturnsETag();
        me.MapPost("/password", ChangePasswordAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy).Produces(StatusCodes.Status204NoContent);
        me.MapGet("/sessions", ListSessionsAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy);
        me.MapDelete("/sessions/{id:guid}", RevokeSessionAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy).Produces(StatusCodes.Status204NoContent);

        var twoFactor = me.MapGroup("/2fa").RequireAuthorization(AuthenticationSetup.SignedInPolicy);
        twoFactor.MapPost("/setup", SetupTwoFactorAsync).Produces<TwoFactorSetupResponse>();
        twoFactor.MapPost("/verify", VerifyTwoFactorAsync).Produces<TwoFactorEnabledResponse>();
        twoFactor.MapDelete("", DisableTwoFactorAsync).Produces(StatusCodes.Status204NoContent);
        twoFactor.MapPost("/backup-codes", RegenerateBackupCodesAsync).Produces<BackupCodesResponse>();
        return app;
    }

    public static async Task<IResult> GetMeAsync(
        CurrentUser me, AccountService accounts, IOptions<SecurityOptions> security, HttpContext context, CancellationToken ct) =>
        (await accounts.GetAsync(me, ct)).ToHttp(user =>
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(user.Version);
            return TypedResults.Ok(MeResponse.From(user, security.Value));
        }, "User");

    public static async Task<IResult> UpdateMeAsync(
        UpdateProfileRequest request, CurrentUser me, AccountService accounts, IOptions<SecurityOptions> security,
        HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = ExpectedVersion.Read(context, request.Version, errors);
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        return (await accounts.UpdateProfileAsync(me, request, expected, ct)).ToHttp(user =>
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(user.Version);
            return TypedResults.Ok(MeResponse.From(user, security.Value));
        }, "User");
    }

    public static async Task<IResult> ChangePasswordAsync(
        ChangePasswordRequest request, CurrentUser me, AccountService accounts, CancellationToken ct) =>
        (await accounts.ChangePasswordAsync(me, request, ct)).ToHttp(_ => TypedResults.NoContent(), "User");

    public static async Task<Ok<SessionResponse[]>> ListSessionsAsync(CurrentUser me, AccountService accounts, CancellationToken ct)
    {
        var sessions = await accounts.ListSessionsAsync(me, ct);
        return TypedResults.Ok(sessions.Select(session => SessionResponse.From(session, me.SessionId)).ToArray());
    }

    public static async Task<IResult> RevokeSessionAsync(
        Guid id, CurrentUser me, AccountService accounts, CancellationToken ct) =>
        (await accounts.RevokeSessionAsync(me, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Session");

    public static async Task<IResult> SetupTwoFactorAsync(CurrentUser me, TwoFactorService twoFactor, CancellationToken ct) =>
        (await twoFactor.SetupAsync(me, ct)).ToHttp(setup => TypedResults.Ok(setup), "User");

    public static async Task<IResult> VerifyTwoFactorAsync(
        TwoFactorCodeRequest request, CurrentUser me, TwoFactorService twoFactor, CancellationToken ct) =>
        (await twoFactor.VerifyAsync(me, request.Code, ct)).ToHttp(enabled => TypedResults.Ok(enabled), "User");

    public static async Task<IResult> RegenerateBackupCodesAsync(
        TwoFactorCodeRequest request, CurrentUser me, TwoFactorService twoFactor, CancellationToken ct) =>
        (await twoFactor.RegenerateBackupCodesAsync(me, request.Code, ct)).ToHttp(codes => TypedResults.Ok(new BackupCodesResponse(codes)), "User");

    public static async Task<IResult> DisableTwoFactorAsync(
        [FromBody] DisableTwoFactorRequest request, CurrentUser me, TwoFactorService twoFactor, CancellationToken ct) =>
        (await twoFactor.DisableAsync(me, request, ct)).ToHttp(_ => TypedResults.NoContent(), "User");
}
