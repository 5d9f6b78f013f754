using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Secrets;

namespace VioConcierge.Functions.Tests.Integrations.Secrets;

/// <summary>The secret-store contract on the default store, <c>Secrets:Store = Database</c>.</summary>
[Collection(CalendarCollection.Name)]
public sealed class PostgresSecretStoreContractTests(CalendarApiFixture api) : SecretStoreContract(api)
{
    protected override Type ExpectedStore => typeof(PostgresSecretStore);
}
