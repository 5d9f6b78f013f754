using System.Security.Cryptography;
using VioConcierge.Bench.Hosting;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The host's configuration for one run: fresh random secrets (signing key, encryption key), the super admin and
/// the demo admin. Given to the child process as environment variables, and to the bench's own query-plan
/// services so that search parameters (blind index) are computed with the host's key.
/// </summary>
public sealed record BenchHostSettings(
    string SigningKey, string EncryptionKey, string SuperAdminEmail, string SuperAdminPassword, string DemoAdminEmail, string DemoAdminPassword)
{
    public const string KeyId = "b";

    public static BenchHostSettings CreateRandom()
    {
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        return new BenchHostSettings(
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            "bench-root@vioconcierge.test",
            $"Bench-Root-{suffix}-Pass!",
            "bench-manager@demo.vioconcierge.test",
            $"Bench-Demo-{suffix}-Pass!");
    }

    /// <summary>
    /// Everything the child host needs, as environment variables (<c>__</c> for <c>:</c>): the database, the keys, the
    /// admins, and the run's work queues (<c>AzureWebJobsStorage</c>, <c>Work__Queue</c>, <c>Work__CallQueue</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> HostEnvironment(BenchDatabase database, BenchStorage storage) => new Dictionary<string, string>(
        storage.AppSettings.Select(setting => KeyValuePair.Create(setting.Key.Replace(":", "__", StringComparison.Ordinal), setting.Value)))
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Postgres"] = database.ConnectionString,
        ["ConnectionStrings__PostgresMigrations"] = database.OwnerConnectionString,
        ["Auth__SigningKey"] = SigningKey,
        // One sign-in has to last the whole run (at most OverallLimit); 60 is the option's maximum.
        ["Auth__AccessTokenMinutes"] = "60",
        ["Encryption__ActiveKeyId"] = KeyId,
        [$"Encryption__Keys__{KeyId}"] = EncryptionKey,
        ["Security__RequireAdminTwoFactor"] = "false",
        ["Bootstrap__SuperAdminEmail"] = SuperAdminEmail,
        ["Bootstrap__SuperAdminPassword"] = SuperAdminPassword,
        ["Bootstrap__SeedDemoTenant"] = "true",
        ["Bootstrap__DemoAdminEmail"] = DemoAdminEmail,
        ["Bootstrap__DemoAdminPassword"] = DemoAdminPassword,
        ["Logging__LogLevel__Default"] = "Warning",
        ["RateLimits__AuthPerMinute"] = "1000",
        // Required at start-up; the bench sends no email (a local catcher, if one runs, would get it).
        ["Mail__Host"] = "127.0.0.1",
        ["Mail__Port"] = "1025",
        ["Mail__Security"] = "None",
        ["Mail__From"] = "bench@vioconcierge.local",
        ["Console__BaseUrl"] = "http://127.0.0.1",
    };

    /// <summary>The same database and keys for in-process services (<c>AddInfrastructure</c>).</summary>
    public IReadOnlyDictionary<string, string?> InProcessConfiguration(BenchDatabase database) => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Postgres"] = database.ConnectionString,
        ["ConnectionStrings:PostgresMigrations"] = database.OwnerConnectionString,
        ["Encryption:ActiveKeyId"] = KeyId,
        [$"Encryption:Keys:{KeyId}"] = EncryptionKey,
    };
}
