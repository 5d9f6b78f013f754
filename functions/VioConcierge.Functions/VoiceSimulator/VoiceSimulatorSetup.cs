using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Functions.Calls;

namespace VioConcierge.Functions.VoiceSimulator;

public static class VoiceSimulatorSetup
{
    public const string SimulatorName = "Simulator";

    public static bool IsSelected(IConfiguration configuration) =>
        string.Equals(configuration[VoiceSetup.ProviderSetting], SimulatorName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The local voice simulator: <see cref="SimulatedVoiceProvider"/>, which <c>Voice:Provider = Simulator</c> selects
    /// (see <see cref="VoiceSetup"/>), and <see cref="VoiceSimulatorSender"/>, which posts its webhooks (and idles
    /// otherwise).
    /// </summary>
    public static IServiceCollection AddVoiceSimulator(this IServiceCollection services)
    {
        services.AddOptions<VoiceSimulatorOptions>().BindConfiguration(VoiceSimulatorOptions.SectionName).ValidateDataAnnotations()
            .Validate<IConfiguration>((_, configuration) => !IsSelected(configuration) || configuration[RetellSigningKeys.PlatformKeySetting] is { Length: > 0 },
                $"The voice simulator signs its webhooks with {RetellSigningKeys.PlatformKeySetting}; set it.")
            .ValidateOnStart();
        services.AddSingleton<SimulatedVoiceProvider>();
        services.AddHttpClient(VoiceSimulatorSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<VoiceSimulatorSender>();
        return services;
    }
}
