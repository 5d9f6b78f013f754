using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Calls;
using VioConcierge.Functions.VoiceSimulator;
using VioConcierge.Infrastructure.Providers.Retell;

namespace VioConcierge.Functions.Calls;

public static class VoiceSetup
{
    public const string ProviderSetting = "Voice:Provider";

    /// <summary>
    /// The <see cref="IVoiceProvider"/> named by <c>Voice:Provider</c>, chosen when first resolved (so configuration
    /// added late, e.g. by tests, counts): <c>Retell</c>, <c>Simulator</c> (the local voice simulator), or none (calls
    /// wait as "voice not configured"). A provider registered earlier (tests' fakes) wins.
    /// </summary>
    public static IServiceCollection AddVoiceProvider(this IServiceCollection services)
    {
        services.TryAddSingleton<UnconfiguredVoiceProvider>();
        services.TryAddSingleton<IVoiceProvider>(provider => provider.GetRequiredService<IConfiguration>()[ProviderSetting] switch
        {
            { } name when name.Equals(RetellSetup.ProviderName, StringComparison.OrdinalIgnoreCase) => provider.GetRequiredService<RetellVoiceProvider>(),
            { } name when name.Equals(VoiceSimulatorSetup.SimulatorName, StringComparison.OrdinalIgnoreCase) => provider.GetRequiredService<SimulatedVoiceProvider>(),
            _ => provider.GetRequiredService<UnconfiguredVoiceProvider>(),
        });
        return services;
    }
}
