using Azure.Core;
using Azure.Security.KeyVault.Secrets;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// The app's one <see cref="SecretClient"/>: <c>Secrets:VaultUri</c> reached as <see cref="KeyVaultAccess"/> says,
/// with the SDK's exponential retry policy (<c>Secrets:MaxRetries</c>, <c>Secrets:RetryDelay</c>, a vault's longer
/// <c>Retry-After</c> winning) on throttling, 5xx answers and timeouts. Request and response bodies are never logged.
/// </summary>
public static class KeyVaultClients
{
    public static SecretClient Create(SecretsOptions options, KeyVaultAccess access)
    {
        var client = new SecretClientOptions { DisableChallengeResourceVerification = !access.VerifyChallengeResource };
        client.Retry.Mode = RetryMode.Exponential;
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        client.Diagnostics.IsLoggingContentEnabled = false;
        if (access.Transport is { } transport)
        {
            client.Transport = transport;
        }
        return new SecretClient(new Uri(options.VaultUri!), access.Credential, client);
    }
}
