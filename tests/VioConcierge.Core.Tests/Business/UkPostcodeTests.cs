using VioConcierge.Core.Business;

namespace VioConcierge.Core.Tests.Business;

public class UkPostcodeTests
{
    [Theory]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData(" m1  1ae ", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    public void TryParse_ValidPostcodes_AreWrittenInStandardForm(string input, string expected)
    {
        Assert.True(UkPostcode.TryParse(input, out var postcode));
        Assert.Equal(expected, postcode.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SW1A 1AAA")]
    [InlineData("12345")]
    [InlineData("QW1 1AA")]
    [InlineData("SW1A 1CA")]
    [InlineData("SW1A-1AA")]
    [InlineData("90210")]
    [InlineData("AB1")]
    public void TryParse_NotAUkPostcode_IsRefused(string? input) => Assert.False(UkPostcode.TryParse(input, out _));
}
