using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Providers.Retell;

public static class RetellSetup
{
    public const string ProviderName = "Retell";

    /// <summary>
    /// Retell's typed client (no retry or resilience handlers: create-phone-call must never be sent twice; the
    /// handler lives for the app and recycles pooled connections, since singletons hold the client), credentials and
    /// settings, and the voice provider (the host picks it as <c>IVoiceProvider</c> when <c>Voice:Provider</c> is
    /// <c>Retell</c>).
    /// </summary>
    public static IServiceCollection AddRetell(this IServiceCollection services)
    {
        services.AddOptions<RetellOptions>().BindConfiguration(RetellOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<RetellClient>((provider, http) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<RetellOptions>>().Value.BaseUrl;
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<IRetellCredentials, RetellCredentials>();
        services.AddSingleton<RetellVoiceProvider>();
        return services;
    }
}
