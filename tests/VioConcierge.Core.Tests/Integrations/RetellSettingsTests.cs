using VioConcierge.Core.Integrations;

namespace VioConcierge.Core.Tests.Integrations;

public sealed class RetellSettingsTests
{
    [Theory]
    [InlineData("+442079460958", "+442079460958")]
    [InlineData("020 7946 0958", "+442079460958")]
    [InlineData("+1 415 555 0100", null)]
    [InlineData("+14155550100", "+14155550100")]
    [InlineData("+0442079460958", null)]
    [InlineData("12345", null)]
    [InlineData("+44207946095812345", null)]
    public void CallerIdNumber_Parse_AcceptsUkFormsAndStrictE164(string input, string? expected) =>
        Assert.Equal(expected, CallerIdNumber.Parse(input));

    [Fact]
    public void Parse_ValidInput_TrimsAndNormalises()
    {
        var parsed = RetellSettings.Parse(" agent_abc-123 ", "07700 900123");

        Assert.Equal(new RetellSettings("agent_abc-123", "+447700900123"), parsed.Value);
        Assert.True(parsed.Value!.IsComplete());
    }

    [Theory]
    [InlineData(null, "+442079460958", "agentId")]
    [InlineData("agent with spaces", "+442079460958", "agentId")]
    [InlineData("agent_1", null, "callerId")]
    [InlineData("agent_1", "not a number", "callerId")]
    public void Parse_InvalidInput_NamesTheField(string? agentId, string? callerId, string field)
    {
        var parsed = RetellSettings.Parse(agentId, callerId);

        Assert.Equal([field], parsed.Errors!.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(null, false, null)]
    [InlineData("short-key", true, null)]
    [InlineData("key_live_7Hq2xZ91bc4e", true, "bc4e")]
    public void SecretMask_ShowsOnlyTheLastFourOfLongSecrets(string? secret, bool configured, string? last4) =>
        Assert.Equal(new SecretMask(configured, last4), SecretMask.Of(secret));
}
