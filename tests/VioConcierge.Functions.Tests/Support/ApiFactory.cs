using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>The real host in memory against a test database, with the test clock and extra services.</summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings, TimeProvider clock, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton(clock);
            services?.Invoke(collection);
        });
    }
}
