namespace VioConcierge.Functions.Integrations;

public static class IntegrationsSetup
{
    /// <summary>The tenant-facing integration settings (Retell now; Cal.com and Calendly later).</summary>
    public static IServiceCollection AddIntegrationSettings(this IServiceCollection services)
    {
        services.AddSingleton<RetellSettingsService>();
        services.AddSingleton<RetellConnectionTest>();
        return services;
    }
}
