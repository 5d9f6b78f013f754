using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// <c>Secrets:KeyVaultDevelopmentCertificate</c> (trust a local fake vault, sign in with a development token) is
/// honoured only in the Development environment: anywhere else the host refuses to start, so a stray local setting can
/// never weaken how a deployed app reaches its vault.
/// </summary>
public sealed class SecretsEnvironmentValidation(IHostEnvironment environment) : IValidateOptions<SecretsOptions>
{
    public ValidateOptionsResult Validate(string? name, SecretsOptions options) =>
        !string.IsNullOrEmpty(options.KeyVaultDevelopmentCertificate) && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Secrets:KeyVaultDevelopmentCertificate is honoured only in the Development environment (this is {environment.EnvironmentName}); remove it.")
            : ValidateOptionsResult.Success;
}
