namespace VioConcierge.Functions.Tests.Fuzz;

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzApiFixture>
{
    public const string Name = "fuzz";
}
