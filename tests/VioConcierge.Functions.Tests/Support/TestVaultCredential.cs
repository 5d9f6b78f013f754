using Azure.Core;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>The tests' credential for the fake vault: always <see cref="Token"/>, the one token the fake accepts.</summary>
public sealed class TestVaultCredential : TokenCredential
{
    public const string Token = "test-vault-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
