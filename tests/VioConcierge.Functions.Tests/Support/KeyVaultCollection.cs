namespace VioConcierge.Functions.Tests.Support;

[CollectionDefinition(Name)]
public sealed class KeyVaultCollection : ICollectionFixture<KeyVaultApiFixture>
{
    public const string Name = "key-vault";
}
