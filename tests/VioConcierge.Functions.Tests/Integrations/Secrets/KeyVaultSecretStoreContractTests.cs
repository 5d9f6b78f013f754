using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Secrets;

namespace VioConcierge.Functions.Tests.Integrations.Secrets;

/// <summary>The secret-store contract on <c>Secrets:Store = KeyVault</c>, against the fake vault over HTTPS.</summary>
[Collection(KeyVaultCollection.Name)]
public sealed class KeyVaultSecretStoreContractTests(KeyVaultApiFixture api) : SecretStoreContract(api)
{
    protected override Type ExpectedStore => typeof(KeyVaultSecretStore);
}
