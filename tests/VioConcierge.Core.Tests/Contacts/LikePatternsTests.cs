using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class LikePatternsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("50%", @"50\%")]
    [InlineData("first_name", @"first\_name")]
    [InlineData(@"C:\notes", @"C:\\notes")]
    [InlineData(@"%_\", @"\%\_\\")]
    [InlineData(@"100%_off\now", @"100\%\_off\\now")]
    [InlineData("*?[]", "*?[]")]
    public void EscapeLike_Text_EscapesBackslashPercentAndUnderscore(string text, string expected)
    {
        Assert.Equal(expected, LikePatterns.EscapeLike(text));
    }
}
