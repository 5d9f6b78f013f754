using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A host whose voice provider is <see cref="FakeVoiceProvider"/>, with the clock started on a Tuesday morning in
/// London so calling hours are predictable. Admin two-factor is off here (it has its own tests).
/// </summary>
public class VoiceApiFixture : ApiFixture
{
    public static readonly DateTimeOffset Start = new(2030, 1, 8, 10, 0, 0, TimeSpan.Zero);

    public const string RetellKey = "retell-platform-test-key";

    public FakeVoiceProvider Voice { get; } = new();

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Retell:ApiKey"] = RetellKey;
        Clock.AdvanceTo(Start);
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IVoiceProvider>(Voice);
}
