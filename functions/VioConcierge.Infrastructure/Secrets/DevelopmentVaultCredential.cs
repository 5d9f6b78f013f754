using Azure.Core;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// The token a local fake vault accepts (<see cref="Token"/>, valid for an hour), for development runs only
/// (<see cref="KeyVaultAccess"/>): it grants nothing anywhere else.
/// </summary>
public sealed class DevelopmentVaultCredential(TimeProvider time) : TokenCredential
{
    public const string Token = "vioconcierge-development-vault-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, time.GetUtcNow().AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
