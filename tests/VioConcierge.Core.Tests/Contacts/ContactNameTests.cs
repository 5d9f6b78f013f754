using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class ContactNameTests
{
    [Theory]
    [InlineData("Jo", "Jo")]
    [InlineData("  Mary   O'Brien ", "Mary O'Brien")]
    [InlineData("Anne-Marie Duval", "Anne-Marie Duval")]
    [InlineData("José Ñúñez", "José Ñúñez")]
    [InlineData("Zoë O\u2019Neill", "Zoë O\u2019Neill")]
    [InlineData("Siân Llŷr", "Siân Llŷr")]
    public void Normalise_ValidName_ReturnsTrimmedCollapsed(string input, string expected)
    {
        Assert.Equal(expected, ContactName.Normalise(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("J")]
    [InlineData("  J  ")]
    [InlineData("John2")]
    [InlineData("John_Smith")]
    [InlineData("Dr. Who")]
    [InlineData("<script>")]
    [InlineData("=cmd")]
    [InlineData("--")]
    [InlineData("' -")]
    public void Normalise_InvalidName_ReturnsNull(string? input)
    {
        Assert.Null(ContactName.Normalise(input));
    }

    [Fact]
    public void Normalise_OverOneHundredCharacters_ReturnsNull()
    {
        Assert.NotNull(ContactName.Normalise(new string('a', 100)));
        Assert.Null(ContactName.Normalise(new string('a', 101)));
    }
}
