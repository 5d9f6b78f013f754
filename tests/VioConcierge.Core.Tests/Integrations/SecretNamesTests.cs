using VioConcierge.Core.Integrations;

namespace VioConcierge.Core.Tests.Integrations;

public sealed class SecretNamesTests
{
    [Theory]
    [InlineData(SecretNames.RetellApiKey, true)]
    [InlineData(SecretNames.CalComApiKey, true)]
    [InlineData(SecretNames.CalComWebhookSecret, true)]
    [InlineData(SecretNames.CalendlyApiKey, true)]
    [InlineData(SecretNames.CalendlyWebhookSigningKey, true)]
    [InlineData("retell/key2", true)]
    [InlineData("retell/api_key", false)]
    [InlineData("retell/api--key", false)]
    [InlineData("retell/-key", false)]
    [InlineData("re-tell/api-key", false)]
    [InlineData("retell", false)]
    [InlineData("a/b/c", false)]
    [InlineData("Retell/api-key", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_NamesAProviderAndAKeyAsKeyVaultCanHoldThem(string? name, bool valid) => Assert.Equal(valid, SecretNames.IsValid(name));

    [Fact]
    public void IsValid_AtMost92Characters_SoTheTenantPrefixedVaultNameFitsIn127()
    {
        var longest = "p/" + new string('k', SecretNames.MaxLength - 2);

        Assert.True(SecretNames.IsValid(longest));
        Assert.False(SecretNames.IsValid(longest + "k"));
        Assert.Equal(127, $"t-{Guid.NewGuid():N}-{longest.Replace('/', '-')}".Length);
    }
}
