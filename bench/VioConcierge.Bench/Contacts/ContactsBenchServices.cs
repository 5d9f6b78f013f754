using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The bench side of a contacts run: the typed HTTP client of the host (loopback, no proxy, one long-lived
/// handler so connections are reused as a browser would), and the app's infrastructure with the host's database and
/// keys for building query plans.
/// </summary>
public static class ContactsBenchServices
{
    public static ServiceProvider Build(Uri hostAddress, IReadOnlyDictionary<string, string?> configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddInfrastructure();
        services.AddHttpClient<BenchApiClient>(client =>
            {
                client.BaseAddress = hostAddress;
                client.Timeout = TimeSpan.FromMinutes(3);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                UseProxy = false,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services.BuildServiceProvider();
    }
}
