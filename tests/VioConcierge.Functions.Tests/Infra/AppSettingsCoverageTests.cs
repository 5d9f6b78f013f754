using System.Text.RegularExpressions;
using VioConcierge.Functions.Tests.Architecture;

namespace VioConcierge.Functions.Tests.Infra;

/// <summary>
/// The function app Bicep deploys can start: every setting the app reads at start-up is among its app settings
/// (compiled from infra/main.bicep), storage and PostgreSQL are reached with the managed identities and no key or
/// password, and every secret is a Key Vault reference to a secret the post-provision hook creates.
/// </summary>
public sealed partial class AppSettingsCoverageTests
{
    /// <summary>Settings Azure needs that the app cannot be asked for: read when first used, or chosen for Azure.</summary>
    private static readonly string[] AzureSettings =
    [
        "Encryption:ActiveKeyId", // FieldProtector refuses to start without it and its key (below)
        "Retell:ApiKey", // verifies every Retell webhook and places calls for tenants without their own key
        "Voice:Provider", // Retell; unset, no call is ever placed
        "PublicBaseUrl", // the HTTPS address of the webhook URLs tenants paste into Cal.com and Calendly
        "Bootstrap:SuperAdminEmail", "Bootstrap:SuperAdminPassword", // the first super admin
        "Postgres:EntraAuthentication", "Postgres:ClientId", "Postgres:MigrationsClientId",
        "Secrets:Store", "Secrets:VaultUri",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "AZURE_CLIENT_ID",
    ];

    private static readonly string[] PlatformSecrets = ["Auth:SigningKey", "Retell:ApiKey", "Bootstrap:SuperAdminPassword", "Mail:Password"];

    [Fact]
    public void EverySettingTheAppNeedsAtStartUp_IsSetByTheBicep()
    {
        // Arrange
        var settings = CompiledBicep.AppSettings;
        var required = StartupSettings.RequiredOptionValues()
            .Concat(StartupSettings.BindingExpressions())
            .Concat(StartupSettings.HostJsonExpressions())
            .Concat(StartupSettings.ConnectionStrings())
            .Concat(StartupSettings.StorageConnections().SelectMany(IdentityBased))
            .Concat(AzureSettings)
            .Append($"Encryption:Keys:{settings.GetValueOrDefault("Encryption:ActiveKeyId")}")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        // Act
        var missing = required.Where(name => !settings.ContainsKey(name)).ToList();

        // Assert: the app's own requirements were found (the derivation works), and the Bicep sets each.
        Assert.Superset(new HashSet<string> { "Auth:SigningKey", "Work:Queue", "Work:CallQueue", "AzureWebJobsStorage:accountName" },
            required.ToHashSet());
        Assert.Empty(missing);
    }

    [Fact]
    public void Storage_IsReachedWithTheAppIdentity_NeverWithAnAccountKey()
    {
        var settings = CompiledBicep.AppSettings;
        foreach (var connection in StartupSettings.StorageConnections())
        {
            Assert.False(settings.ContainsKey(connection), $"{connection} is a connection string (account key); use the identity-based settings");
            Assert.Equal("managedidentity", settings[$"{connection}:credential"]);
            Assert.Equal(settings["AZURE_CLIENT_ID"], settings[$"{connection}:clientId"]);
        }
        var account = Assert.Single(CompiledBicep.Resources("Microsoft.Storage/storageAccounts"));
        Assert.False((bool)account["properties"]!["allowSharedKeyAccess"]!);
    }

    [Fact]
    public void Postgres_SignsInWithEntraTokens_NoPasswordAnywhere()
    {
        var settings = CompiledBicep.AppSettings;
        Assert.Equal("true", settings["Postgres:EntraAuthentication"]);
        Assert.All(StartupSettings.ConnectionStrings(), name =>
            Assert.DoesNotMatch("(?i)password", settings[name]));
        Assert.NotEqual(settings["Postgres:ClientId"], settings["Postgres:MigrationsClientId"]);
        var server = Assert.Single(CompiledBicep.Resources("Microsoft.DBforPostgreSQL/flexibleServers"));
        Assert.Equal("Disabled", (string?)server["properties"]!["authConfig"]!["passwordAuth"]);
    }

    [Fact]
    public void EverySecretSetting_IsAKeyVaultReference_ToASecretThePostProvisionHookCreates()
    {
        // Arrange
        var settings = CompiledBicep.AppSettings;
        var hook = File.ReadAllText(Path.Combine(SourceTree.Root, "infra", "hooks", "platform-secrets.sh"));
        var secretSettings = settings.Keys.Where(IsSecret).ToList();

        // Act
        var notReferences = secretSettings.Where(name => KeyVaultReference().Match(settings[name]) is not { Success: true }).ToList();
        var notCreated = secretSettings.Select(name => KeyVaultReference().Match(settings[name]))
            .Where(match => match.Success && !hook.Contains($"\nensure {match.Groups[1].Value} ", StringComparison.Ordinal))
            .Select(match => match.Groups[1].Value).ToList();

        // Assert
        Assert.Superset(PlatformSecrets.Append($"Encryption:Keys:{settings["Encryption:ActiveKeyId"]}").ToHashSet(StringComparer.OrdinalIgnoreCase),
            secretSettings.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.Empty(notReferences);
        Assert.Empty(notCreated);
        Assert.False(string.IsNullOrEmpty((string?)CompiledBicep.FunctionApp["properties"]!["keyVaultReferenceIdentity"]),
            "Key Vault references are resolved with the app's user-assigned identity");
    }

    /// <summary>The identity-based form of a storage connection, as the host and the app read it.</summary>
    private static IEnumerable<string> IdentityBased(string connection) =>
        [$"{connection}:accountName", $"{connection}:credential", $"{connection}:clientId"];

    /// <summary>A key, password, secret or token by its name (Encryption:Keys:{id} included).</summary>
    private static bool IsSecret(string name) =>
        SecretName().IsMatch(name.Split(':')[^1]) || name.Split(':').Contains("Keys", StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("(?i)(key|password|secret|token)$")]
    private static partial Regex SecretName();

    /// <summary>A Key Vault reference as the compiled template writes it; group 1 is the secret's name.</summary>
    [GeneratedRegex(@"^\[format\('@Microsoft\.KeyVault\(SecretUri=\{0\}secrets/([a-z0-9-]+)\)', parameters\('vaultUri'\)\)\]$")]
    private static partial Regex KeyVaultReference();
}
