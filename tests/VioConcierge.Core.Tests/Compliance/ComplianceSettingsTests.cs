using VioConcierge.Core.Compliance;

namespace VioConcierge.Core.Tests.Compliance;

public class ComplianceSettingsTests
{
    [Theory]
    [InlineData("medical", true, "block")]
    [InlineData("salon", false, "warn")]
    [InlineData("general", false, "warn")]
    public void DefaultFor_MedicalPracticesGetHipaaModeAndBlocking(string businessType, bool hipaa, string action)
    {
        var settings = ComplianceSettings.DefaultFor(businessType);

        Assert.Equal(hipaa, settings.HipaaMode);
        Assert.Equal(action, settings.PhiAction);
        Assert.Equal(hipaa, settings.ScreensPhi);
    }

    [Fact]
    public void Validate_UnknownLevelOrAction_NamesTheField()
    {
        var errors = new ComplianceSettings(true, "extreme", true, "shout").Validate().ToDictionary();

        Assert.Contains("complianceLevel", errors.Keys);
        Assert.Contains("phiAction", errors.Keys);
    }
}
