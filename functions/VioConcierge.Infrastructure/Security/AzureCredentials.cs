using Azure.Core;
using Azure.Identity;

namespace VioConcierge.Infrastructure.Security;

/// <summary>
/// The Microsoft Entra credential the app signs in to Azure services with (PostgreSQL, Storage). In Azure: the managed
/// identity with the given client id (the function app has two user-assigned identities, one per PostgreSQL role, so
/// each use names its own; without one, <c>AZURE_CLIENT_ID</c>). On a developer's machine: whatever
/// <see cref="DefaultAzureCredential"/> finds there (environment, Azure CLI sign-in). Tokens are cached by the credential.
/// </summary>
public static class AzureCredentials
{
    public static TokenCredential For(string? managedIdentityClientId) => new DefaultAzureCredential(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(managedIdentityClientId) ? null : managedIdentityClientId.Trim(),
    });
}
