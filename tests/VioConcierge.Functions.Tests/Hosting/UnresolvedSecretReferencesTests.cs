using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// Azure hands the app a Key Vault reference's own text when it cannot resolve it; the app then refuses to start
/// rather than sign tokens or check webhooks with a key anyone can read in its settings.
/// </summary>
public sealed class UnresolvedSecretReferencesTests
{
    [Fact]
    public void StartUp_WithAnUnresolvedKeyVaultReference_FailsNamingTheSettings_NotTheirValues()
    {
        // Arrange
        var validator = StartupValidator(new()
        {
            ["Auth:SigningKey"] = "@Microsoft.KeyVault(SecretUri=https://kv-abc.vault.azure.net/secrets/auth-signing-key)",
            ["Retell:ApiKey"] = " @microsoft.keyvault(VaultName=kv-abc;SecretName=retell-api-key)",
            ["Work:Queue"] = "work-items",
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(validator.Validate);

        // Assert
        Assert.Contains("Auth:SigningKey, Retell:ApiKey", error.Message);
        Assert.DoesNotContain("Work:Queue", error.Message);
        Assert.DoesNotContain("vault.azure.net", error.Message);
    }

    [Fact]
    public void StartUp_WithResolvedSecrets_Passes()
    {
        // Arrange
        var validator = StartupValidator(new() { ["Auth:SigningKey"] = "a-resolved-secret-that-mentions-@Microsoft.KeyVault(-inside" });

        // Act and assert
        validator.Validate();
    }

    private static IStartupValidator StartupValidator(Dictionary<string, string?> settings)
    {
        // Required at start-up, and no secret.
        settings.TryAdd("Mail:Host", "127.0.0.1");
        settings.TryAdd("Mail:From", "no-reply@vioconcierge.test");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production }).AddInfrastructure()
            .BuildServiceProvider().GetRequiredService<IStartupValidator>();
    }
}
