using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Hosting;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// How the app reaches its vault: the credential, the transport (null: the SDK's own, trusting the system's
/// certificate authorities) and whether a challenge's resource must be the vault's own domain (Key Vault's defence
/// against handing a token to another host). In Azure: <c>DefaultAzureCredential</c> (the managed identity of
/// <c>Secrets:ManagedIdentityClientId</c> when given), the SDK's transport, verification on. Only in the Development
/// environment with <c>Secrets:KeyVaultDevelopmentCertificate</c>: a development token, a transport trusting exactly
/// that certificate, and no resource verification (a local fake vault is not on vault.azure.net).
/// </summary>
public sealed record KeyVaultAccess(TokenCredential Credential, HttpPipelineTransport? Transport, bool VerifyChallengeResource)
{
    public static KeyVaultAccess For(SecretsOptions options, IHostEnvironment environment, TimeProvider time) =>
        options.KeyVaultDevelopmentCertificate is { Length: > 0 } thumbprint && environment.IsDevelopment()
            ? new KeyVaultAccess(new DevelopmentVaultCredential(time), PinnedCertificateTransport.Create(thumbprint), VerifyChallengeResource: false)
            : new KeyVaultAccess(new DefaultAzureCredential(CredentialOptions(options)), Transport: null, VerifyChallengeResource: true);

    /// <summary>The SDK's defaults (<c>AZURE_CLIENT_ID</c> names a user-assigned identity), the setting winning when given.</summary>
    private static DefaultAzureCredentialOptions CredentialOptions(SecretsOptions options)
    {
        var credential = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrEmpty(options.ManagedIdentityClientId))
        {
            credential.ManagedIdentityClientId = options.ManagedIdentityClientId;
        }
        return credential;
    }
}
