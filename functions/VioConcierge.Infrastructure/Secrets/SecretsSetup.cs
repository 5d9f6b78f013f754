using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Secrets;

public static class SecretsSetup
{
    /// <summary>
    /// Registers both stores and serves <see cref="ISecretStore"/> from the one <c>Secrets:Store</c> names. The vault's
    /// <see cref="KeyVaultAccess"/> is a service of its own, so a test host can reach a fake vault with a test credential.
    /// </summary>
    public static IServiceCollection AddSecretStore(this IServiceCollection services)
    {
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecretsOptions>, SecretsEnvironmentValidation>();
        services.AddSingleton<PostgresSecretStore>();
        services.AddSingleton(provider => KeyVaultAccess.For(
            provider.GetRequiredService<IOptions<SecretsOptions>>().Value, provider.GetRequiredService<IHostEnvironment>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => KeyVaultClients.Create(
            provider.GetRequiredService<IOptions<SecretsOptions>>().Value, provider.GetRequiredService<KeyVaultAccess>()));
        services.AddSingleton<KeyVaultSecretCache>();
        services.AddSingleton<KeyVaultSecretStore>();
        services.AddSingleton<ISecretStore>(provider => provider.GetRequiredService<IOptions<SecretsOptions>>().Value.UsesKeyVault
            ? provider.GetRequiredService<KeyVaultSecretStore>()
            : provider.GetRequiredService<PostgresSecretStore>());
        return services;
    }
}
