using System.ComponentModel.DataAnnotations;
using Azure.Identity;
using Microsoft.Extensions.Hosting.Internal;
using VioConcierge.Infrastructure.Secrets;

namespace VioConcierge.Functions.Tests.Integrations.Secrets;

/// <summary>What <c>Secrets:*</c> the host starts with, and how it reaches a vault in each environment.</summary>
public sealed class SecretsOptionsTests
{
    private const string Thumbprint = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

    [Theory]
    [InlineData("Database", null, true)]
    [InlineData("database", null, true)]
    [InlineData("KeyVault", "https://vio-kv.vault.azure.net/", true)]
    [InlineData("KeyVault", null, false)]
    [InlineData("KeyVault", "http://vio-kv.vault.azure.net/", false)]
    [InlineData("KeyVault", "vio-kv.vault.azure.net", false)]
    [InlineData("Vault", null, false)]
    public void Store_AndVaultUri_AreValidatedAtStartUp(string store, string? vaultUri, bool valid)
    {
        var options = new SecretsOptions { Store = store, VaultUri = vaultUri };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Testing", false)]
    public void DevelopmentCertificate_IsHonouredOnlyInDevelopment(string environment, bool accepted)
    {
        var options = new SecretsOptions { Store = SecretsOptions.KeyVault, VaultUri = "https://127.0.0.1:8443/", KeyVaultDevelopmentCertificate = Thumbprint };

        var result = new SecretsEnvironmentValidation(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public void Access_OutsideDevelopment_IsDefaultAzureCredentialWithResourceVerification_WhateverTheSettings()
    {
        var options = new SecretsOptions { ManagedIdentityClientId = "11111111-2222-3333-4444-555555555555", KeyVaultDevelopmentCertificate = Thumbprint };

        var access = KeyVaultAccess.For(options, new HostingEnvironment { EnvironmentName = "Production" }, TimeProvider.System);

        Assert.IsType<DefaultAzureCredential>(access.Credential);
        Assert.Null(access.Transport);
        Assert.True(access.VerifyChallengeResource);
    }

    [Fact]
    public void Access_InDevelopmentWithTheCertificate_UsesTheDevelopmentTokenAndPinsTheCertificate()
    {
        var options = new SecretsOptions { KeyVaultDevelopmentCertificate = Thumbprint };

        var access = KeyVaultAccess.For(options, new HostingEnvironment { EnvironmentName = "Development" }, TimeProvider.System);

        Assert.IsType<DevelopmentVaultCredential>(access.Credential);
        Assert.NotNull(access.Transport);
        Assert.False(access.VerifyChallengeResource);
    }
}
