using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VioConcierge.Application.Work;
using VioConcierge.Infrastructure;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench;

/// <summary>
/// The real parts, wired as the host wires them: <c>AddInfrastructure</c> with an in-memory configuration, the
/// Functions project's dispatcher, and the bench handler. Dispatchers are transient so each resolve is a separate
/// worker with its own WorkerId.
/// </summary>
public static class BenchServices
{
    public const int Concurrency = 8;

    /// <summary>Long on purpose: a fast start can then only come from the enqueue signal, not from polling.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    public static ServiceProvider Build(BenchDatabase database)
    {
        var services = Start(database, new Dictionary<string, string?>
        {
            ["Work:PollInterval"] = PollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Work:Concurrency"] = Concurrency.ToString(CultureInfo.InvariantCulture),
        });
        services.AddInfrastructure();
        services.AddTransient<WorkDispatcher>();
        services.AddTransient<WorkDispatcherService>();
        services.AddSingleton<NoopBenchHandler>();
        services.AddSingleton<IWorkHandler>(provider => provider.GetRequiredService<NoopBenchHandler>());
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The configuration every in-process set shares (the bench database's two connection strings, a fresh encryption
    /// key) plus <paramref name="settings"/>, and warnings-only console logging.
    /// </summary>
    public static ServiceCollection Start(BenchDatabase database, IDictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Postgres"] = database.ConnectionString;
        settings["ConnectionStrings:PostgresMigrations"] = database.OwnerConnectionString;
        settings["Encryption:ActiveKeyId"] = "b";
        settings["Encryption:Keys:b"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true));
        return services;
    }
}
