using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Providers.Calendar;

public static class CalendarProvidersSetup
{
    /// <summary>Cal.com's and Calendly's typed clients (base URLs from configuration, so tests point them at a local stub).</summary>
    public static IServiceCollection AddCalendarProviders(this IServiceCollection services)
    {
        services.AddOptions<CalComOptions>().BindConfiguration(CalComOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CalendlyOptions>().BindConfiguration(CalendlyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<CalComClient>((provider, http) => Configure(http, provider.GetRequiredService<IOptions<CalComOptions>>().Value.BaseUrl));
        services.AddHttpClient<CalendlyClient>((provider, http) => Configure(http, provider.GetRequiredService<IOptions<CalendlyOptions>>().Value.BaseUrl));
        return services;
    }

    private static void Configure(HttpClient http, string baseUrl)
    {
        http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        http.Timeout = Timeout.InfiniteTimeSpan;
    }
}
