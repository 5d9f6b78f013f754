using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Core.Calls;
using VioConcierge.Functions.Calls;
using VioConcierge.Functions.Webhooks;

namespace VioConcierge.Functions.VoiceSimulator;

public static class VoiceSimulatorSetup
{
    public const string ProviderSetting = "Voice:Provider";
    public const string SimulatorName = "Simulator";

    public static bool IsSelected(IConfiguration configuration) =>
        string.Equals(configuration[ProviderSetting], SimulatorName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The voice port chosen by <c>Voice:Provider</c> when the host resolves it: <c>Simulator</c> is
    /// <see cref="SimulatedVoiceProvider"/> (its webhooks posted by <see cref="VoiceSimulatorSender"/>, which idles
    /// otherwise); anything else is <see cref="UnconfiguredVoiceProvider"/>. Registered before the reminders so it wins
    /// over their default; a provider registered later (tests) replaces it.
    /// </summary>
    public static IServiceCollection AddVoiceSimulator(this IServiceCollection services)
    {
        services.AddOptions<VoiceSimulatorOptions>().BindConfiguration(VoiceSimulatorOptions.SectionName).ValidateDataAnnotations()
            .Validate<IConfiguration>((_, configuration) => !IsSelected(configuration) || configuration[PlatformRetellSigningKeys.SettingName] is { Length: > 0 },
                $"The voice simulator signs its webhooks with {PlatformRetellSigningKeys.SettingName}; set it.")
            .ValidateOnStart();
        services.AddSingleton<SimulatedVoiceProvider>();
        services.AddSingleton<UnconfiguredVoiceProvider>();
        services.TryAddSingleton<IVoiceProvider>(provider => IsSelected(provider.GetRequiredService<IConfiguration>())
            ? provider.GetRequiredService<SimulatedVoiceProvider>()
            : provider.GetRequiredService<UnconfiguredVoiceProvider>());
        services.AddHttpClient(VoiceSimulatorSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<VoiceSimulatorSender>();
        return services;
    }
}
