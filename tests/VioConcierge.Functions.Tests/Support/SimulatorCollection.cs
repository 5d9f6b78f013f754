namespace VioConcierge.Functions.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorApiFixture>
{
    public const string Name = "simulator";
}
