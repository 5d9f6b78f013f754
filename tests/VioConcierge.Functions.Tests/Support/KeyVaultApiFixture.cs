using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.FakeKeyVault;
using VioConcierge.Infrastructure.Secrets;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// The calendar tests' host (<see cref="CalendarApiFixture"/>) with <c>Secrets:Store = KeyVault</c> on a
/// <see cref="FakeVault"/> over HTTPS: the app's own <c>SecretClient</c> with a test credential and a transport
/// pinning the fake's certificate, and quick retries (<see cref="MaxRetries"/> after 20 ms, 40 ms) so a failing vault
/// is given up on in well under a second.
/// </summary>
public sealed class KeyVaultApiFixture : CalendarApiFixture
{
    public const int MaxRetries = 2;

    public FakeVault Vault { get; private set; } = null!;

    /// <summary>A client of the fake vault of the tests' own, to look at what the app stored.</summary>
    public SecretClient VaultClient() => new(Vault.VaultUri, new TestVaultCredential(), ClientOptions());

    protected override async Task PrepareAsync()
    {
        await base.PrepareAsync();
        Vault = await FakeVault.StartAsync(TestVaultCredential.Token);
    }

    protected override async ValueTask CleanUpAsync()
    {
        await base.CleanUpAsync();
        await Vault.DisposeAsync();
    }

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        base.Adjust(settings);
        settings["Secrets:Store"] = SecretsOptions.KeyVault;
        settings["Secrets:VaultUri"] = Vault.VaultUri.ToString();
        settings["Secrets:MaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Secrets:RetryDelay"] = "00:00:00.020";
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton(new KeyVaultAccess(new TestVaultCredential(), PinnedCertificateTransport.Create(Vault.Thumbprint), VerifyChallengeResource: false));
    }

    private SecretClientOptions ClientOptions()
    {
        var options = new SecretClientOptions { DisableChallengeResourceVerification = true, Transport = PinnedCertificateTransport.Create(Vault.Thumbprint) };
        options.Retry.MaxRetries = 0;
        return options;
    }
}
