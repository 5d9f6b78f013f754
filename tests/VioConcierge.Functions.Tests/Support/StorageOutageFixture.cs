namespace VioConcierge.Functions.Tests.Support;

/// <summary>A <see cref="VoiceApiFixture"/> whose Storage (work queues, task hub) is an Azurite of its own, which its tests crash and restart.</summary>
public sealed class StorageOutageFixture : VoiceApiFixture
{
    public PrivateAzurite Storage { get; } = new();

    protected override Task PrepareAsync() => Storage.StartAsync();

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        base.Adjust(settings);
        settings["AzureWebJobsStorage"] = Storage.ConnectionString;
    }

    protected override ValueTask CleanUpAsync() => Storage.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class StorageOutageCollection : ICollectionFixture<StorageOutageFixture>
{
    public const string Name = "storage-outage";
}
