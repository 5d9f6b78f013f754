namespace VioConcierge.Functions.Tests.Support;

[CollectionDefinition(Name)]
public sealed class RetellCollection : ICollectionFixture<RetellApiFixture>
{
    public const string Name = "retell";
}
