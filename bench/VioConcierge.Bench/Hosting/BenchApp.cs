using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Bench.Hosting;

/// <summary>
/// The whole function app in this process, started exactly as the tests start it (<see cref="ApiFactory"/>, linked from
/// the test project): the development host (HTTP, timer and queue triggers, <c>host.json</c> as deployed) and the app's
/// worker connected to it over gRPC, against the bench database (as the application role; migrations as the owner) and
/// the run's queues, with fresh keys, warnings-only logging and the set's own services added after the app's.
/// </summary>
public static class BenchApp
{
    /// <param name="relay">
    /// <c>Work:RelayEnabled</c>: the relay runs after each enqueue commits and from the 2 s timer, so due work travels
    /// relay -> queue -> queue function -> handler. Off, enqueued work stays in PostgreSQL.
    /// </param>
    /// <param name="overrides">Settings of the set's own, applied last (the reminders set's <c>Work:StartAhead</c>).</param>
    public static Task<ApiFactory> StartAsync(
        BenchDatabase database, BenchStorage storage, bool relay, TimeProvider clock, Action<IServiceCollection> services,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:PostgresMigrations"] = database.OwnerConnectionString,
            ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Encryption:ActiveKeyId"] = "b",
            ["Encryption:Keys:b"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Work:RelayEnabled"] = relay ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // Required at start-up; the benches send no email.
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:From"] = "bench@vioconcierge.local",
            ["Console:BaseUrl"] = "http://127.0.0.1",
        };
        foreach (var (name, value) in storage.AppSettings)
        {
            settings[name] = value;
        }
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }
        return ApiFactory.StartAsync(settings, clock, services);
    }
}
