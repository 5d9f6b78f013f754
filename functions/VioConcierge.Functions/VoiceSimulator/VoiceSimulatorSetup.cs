using VioConcierge.Core.Calls;
using VioConcierge.Functions.Webhooks;

namespace VioConcierge.Functions.VoiceSimulator;

public static class VoiceSimulatorSetup
{
    public const string ProviderSetting = "Voice:Provider";
    public const string SimulatorName = "Simulator";

    /// <summary>
    /// With <c>Voice:Provider = Simulator</c> the voice port is <see cref="SimulatedVoiceProvider"/> and its webhooks
    /// are posted by <see cref="VoiceSimulatorSender"/>. Registered before the reminders so it wins over the
    /// unconfigured default.
    /// </summary>
    public static IServiceCollection AddVoiceSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.Equals(configuration[ProviderSetting], SimulatorName, StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }
        services.AddOptions<VoiceSimulatorOptions>().BindConfiguration(VoiceSimulatorOptions.SectionName).ValidateDataAnnotations()
            .Validate(_ => configuration[PlatformRetellSigningKeys.SettingName] is { Length: > 0 },
                $"The voice simulator signs its webhooks with {PlatformRetellSigningKeys.SettingName}; set it.")
            .ValidateOnStart();
        services.AddSingleton<SimulatedVoiceProvider>();
        services.AddSingleton<IVoiceProvider>(provider => provider.GetRequiredService<SimulatedVoiceProvider>());
        services.AddHttpClient(VoiceSimulatorSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<VoiceSimulatorSender>();
        return services;
    }
}
