using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Bench.Contacts;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// HTTP clients of the host: the API client (sign-in, tenants, readiness) and the load client, whose handler keeps
/// one pooled connection per sender (loopback, no proxy).
/// </summary>
public static class WebhooksBenchServices
{
    public const string LoadClient = "webhooks-load";

    public static ServiceProvider Build(Uri hostAddress, int senders)
    {
        var services = new ServiceCollection();
        services.AddHttpClient<BenchApiClient>(client => (client.BaseAddress, client.Timeout) = (hostAddress, TimeSpan.FromMinutes(3)))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });
        services.AddHttpClient(LoadClient, client => (client.BaseAddress, client.Timeout) = (hostAddress, TimeSpan.FromSeconds(30)))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                UseProxy = false,
                MaxConnectionsPerServer = senders,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services.BuildServiceProvider();
    }
}
