namespace VioConcierge.Application.Identity;

/// <summary>What a sign-in or refresh attempt produced; exactly one of the shapes applies.</summary>
public abstract record SignInResult
{
    public sealed record Success(TokenResponse Tokens) : SignInResult;

    public sealed record InvalidCredentials(string Detail) : SignInResult;

    public sealed record LockedOut(DateTimeOffset Until) : SignInResult;

    public sealed record TwoFactorRequired : SignInResult;

    public sealed record AccountUnavailable(string Detail) : SignInResult;
}
