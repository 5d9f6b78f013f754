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
        me.MapGet("", GetMeAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy).ReturnsETag();
        me.MapPatch("", UpdateMeAsync).RequirePermission(Permission.UpdateOwnProfile).ReturnsETag();
        me.MapPost("/password", ChangePasswordAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy);
        me.MapGet("/sessions", ListSessionsAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy);
        me.MapDelete("/sessions/{id:guid}", RevokeSessionAsync).RequireAuthorization(AuthenticationSetup.SignedInPolicy);

        var twoFactor = me.MapGroup("/2fa").RequireAuthorization(AuthenticationSetup.SignedInPolicy);
        twoFactor.MapPost("/setup", SetupTwoFactorAsync);
        twoFactor.MapPost("/verify", VerifyTwoFactorAsync);
        twoFactor.MapDelete("", DisableTwoFactorAsync).Produces(StatusCodes.Status204NoContent);
        twoFactor.MapPost("/backup-codes", RegenerateBackupCodesAsync);
        return app;
    }

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMeAsync(
        CurrentUser me, AccountService accounts, IOptions<SecurityOptions> security, HttpContext context, CancellationToken ct)
    {
        var user = await accounts.GetAsync(me, ct);
        if (user is null)
        {
            return ApiProblems.NotFound("User");
        }
        context.Response.Headers.ETag = ExpectedVersion.ETag(user.Version);
        return TypedResults.Ok(MeResponse.From(user, security.Value));
    }

    public static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> UpdateMeAsync(
        UpdateProfileRequest request, CurrentUser me, AccountService accounts, IOptions<SecurityOptions> security,
        HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = ExpectedVersion.Read(context, request.Version, errors);
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        var result = await accounts.UpdateProfileAsync(me, request, expected, ct);
        if (result.Failure is { } failure)
        {
            return failure.Kind == FailureKind.Conflict ? ApiProblems.Conflict(failure.Detail!) : ApiProblems.Validation(failure.Errors!);
        }
        context.Response.Headers.ETag = ExpectedVersion.ETag(result.Value!.Version);
        return TypedResults.Ok(MeResponse.From(result.Value!, security.Value));
    }

    public static async Task<Results<NoContent, ValidationProblem>> ChangePasswordAsync(
        ChangePasswordRequest request, CurrentUser me, AccountService accounts, CancellationToken ct)
    {
        var errors = await accounts.ChangePasswordAsync(me, request, ct);
        return errors.IsEmpty ? TypedResults.NoContent() : ApiProblems.Validation(errors);
    }

    public static async Task<Ok<SessionResponse[]>> ListSessionsAsync(CurrentUser me, AccountService accounts, CancellationToken ct)
    {
        var sessions = await accounts.ListSessionsAsync(me, ct);
        return TypedResults.Ok(sessions.Select(session => SessionResponse.From(session, me.SessionId)).ToArray());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeSessionAsync(
        Guid id, CurrentUser me, AccountService accounts, CancellationToken ct) =>
        await accounts.RevokeSessionAsync(me, id, ct) ? TypedResults.NoContent() : ApiProblems.NotFound("Session");

    public static async Task<Results<Ok<TwoFactorSetupResponse>, ValidationProblem>> SetupTwoFactorAsync(
        CurrentUser me, TwoFactorService twoFactor, CancellationToken ct)
    {
        var result = await twoFactor.SetupAsync(me, ct);
        return result.IsValid ? TypedResults.Ok(result.Value!) : ApiProblems.Validation(result.Errors!);
    }

    public static async Task<Results<Ok<TwoFactorEnabledResponse>, ValidationProblem>> VerifyTwoFactorAsync(
        TwoFactorCodeRequest request, CurrentUser me, TwoFactorService twoFactor, CancellationToken ct)
    {
        var result = await twoFactor.VerifyAsync(me, request.Code, ct);
        return result.IsValid ? TypedResults.Ok(result.Value!) : ApiProblems.Validation(result.Errors!);
    }

    public static async Task<Results<Ok<BackupCodesResponse>, ValidationProblem>> RegenerateBackupCodesAsync(
        TwoFactorCodeRequest request, CurrentUser me, TwoFactorService twoFactor, CancellationToken ct)
    {
        var result = await twoFactor.RegenerateBackupCodesAsync(me, request.Code, ct);
        return result.IsValid ? TypedResults.Ok(new BackupCodesResponse(result.Value!)) : ApiProblems.Validation(result.Errors!);
    }

    public static async Task<IResult> DisableTwoFactorAsync(
        [FromBody] DisableTwoFactorRequest request, CurrentUser me, TwoFactorService twoFactor, CancellationToken ct) =>
        await twoFactor.DisableAsync(me, request, ct) switch
        {
            TwoFactorService.DisableOutcome.Disabled => TypedResults.NoContent(),
            TwoFactorService.DisableOutcome.NotAllowed => ApiProblems.Forbidden("Two-factor authentication cannot be turned off for admin accounts."),
            TwoFactorService.DisableOutcome.NotEnabled => ApiProblems.Conflict("Two-factor authentication is not on."),
            _ => ApiProblems.Validation("code", "Password or code is not valid."),
        };
}
