using VioConcierge.Core.Business;

namespace VioConcierge.Core.Tests.Business;

public class BusinessWebsiteTests
{
    [Theory]
    [InlineData("example.co.uk", "https://example.co.uk")]
    [InlineData(" http://www.example.com/book ", "http://www.example.com/book")]
    [InlineData("https://example.com", "https://example.com")]
    public void TryParse_WebAddresses_AreAbsolute(string input, string expected)
    {
        Assert.True(BusinessWebsite.TryParse(input, out var website));
        Assert.Equal(expected, website);
    }

    [Theory]
    [InlineData("ftp://example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:pass@example.com")]
    [InlineData("localhost")]
    [InlineData("https://10.0.0.1")]
    [InlineData("https://example.123")]
    [InlineData("not a website")]
    public void TryParse_AnythingElse_IsRefused(string input) => Assert.False(BusinessWebsite.TryParse(input, out _));
}
