namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A host with <c>Voice:Provider = Retell</c> pointed at a <see cref="RetellStub"/>, a platform key, a short create
/// timeout (so a timeout test waits two seconds, not two minutes), and the voice tests' Tuesday-morning clock.
/// </summary>
public class RetellApiFixture : ApiFixture
{
    public const string PlatformKey = "platform-key-0000-1111";
    public static readonly TimeSpan CreateTimeout = TimeSpan.FromSeconds(2);

    public RetellStub Stub { get; private set; } = null!;

    protected override async Task PrepareAsync() => Stub = await RetellStub.StartAsync();

    protected override ValueTask CleanUpAsync() => Stub.DisposeAsync();

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Voice:Provider"] = "Retell";
        settings["Retell:BaseUrl"] = Stub.BaseUrl;
        settings["Retell:ApiKey"] = PlatformKey;
        settings["Retell:CreateCallTimeout"] = CreateTimeout.ToString();
        Clock.AdvanceTo(VoiceApiFixture.Start);
    }
}
