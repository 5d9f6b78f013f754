namespace VioConcierge.Functions.Tests.Support;

[CollectionDefinition(Name)]
public sealed class VoiceCollection : ICollectionFixture<VoiceApiFixture>
{
    public const string Name = "voice";
}
