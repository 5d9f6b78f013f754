using VioConcierge.Functions.Integrations.Calendar;
using VioConcierge.Infrastructure.Providers.Calendar;

namespace VioConcierge.Functions.Integrations;

public static class IntegrationsSetup
{
    /// <summary>
    /// The tenant-facing integration settings: Retell, Cal.com and Calendly (the calendar connection test is transient,
    /// as the typed provider clients it uses are).
    /// </summary>
    public static IServiceCollection AddIntegrationSettings(this IServiceCollection services)
    {
        services.AddSingleton<RetellSettingsService>();
        services.AddSingleton<RetellConnectionTest>();
        services.AddCalendarProviders();
        services.AddSingleton<CalendarSettingsService>();
        services.AddSingleton<CalendarWebhookUrl>();
        services.AddTransient<CalendarConnectionTest>();
        return services;
    }
}
