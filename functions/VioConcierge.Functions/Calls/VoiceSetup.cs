using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Core.Calls;
using VioConcierge.Infrastructure.Providers.Retell;

namespace VioConcierge.Functions.Calls;

public static class VoiceSetup
{
    public const string ProviderSetting = "Voice:Provider";

    /// <summary>
    /// The <see cref="IVoiceProvider"/> named by <c>Voice:Provider</c>, chosen when first resolved (so configuration
    /// added late, e.g. by tests, counts): <c>Retell</c>, or none (calls wait as "voice not configured"). A provider
    /// registered earlier (tests' fakes) wins.
    /// </summary>
    public static IServiceCollection AddVoiceProvider(this IServiceCollection services)
    {
        services.TryAddSingleton<UnconfiguredVoiceProvider>();
        services.TryAddSingleton<IVoiceProvider>(provider =>
            string.Equals(provider.GetRequiredService<IConfiguration>()[ProviderSetting], RetellSetup.ProviderName, StringComparison.OrdinalIgnoreCase)
                ? provider.GetRequiredService<RetellVoiceProvider>()
                : provider.GetRequiredService<UnconfiguredVoiceProvider>());
        return services;
    }
}
