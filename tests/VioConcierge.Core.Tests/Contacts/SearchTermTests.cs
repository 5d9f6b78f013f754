using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class SearchTermTests
{
    [Theory]
    [InlineData("07700", true)]
    [InlineData("12", true)]
    [InlineData("+44", true)]
    [InlineData("07700 900", true)]
    [InlineData("+44 (0)20 7946-0958", true)]
    [InlineData("(020)", true)]
    [InlineData("1", false)]
    [InlineData("+1", false)]
    [InlineData("--", false)]
    [InlineData("john", false)]
    [InlineData("10:30", false)]
    [InlineData("07700x", false)]
    [InlineData("07700.900", false)]
    [InlineData("٠٧٧٠٠", false)]
    public void LooksLikePhone_Text_OnlyPhoneCharactersWithTwoDigits(string text, bool expected)
    {
        // Act
        var term = new SearchTerm(text, SearchMatch.Contains);

        // Assert
        Assert.Equal(expected, SearchTerm.LooksLikePhone(text));
        Assert.Equal(expected, term.IsPhoneLike);
    }

    [Fact]
    public void Fields_NoRestriction_AllEightFields()
    {
        Assert.Equal(SearchFieldNames.All, new SearchTerm("john", SearchMatch.Contains).Fields);
    }

    [Fact]
    public void Fields_RestrictedToEmail_OnlyEmail()
    {
        Assert.Equal([SearchField.Email], new SearchTerm("@gmail.com", SearchMatch.Contains, Field: SearchField.Email).Fields);
    }
}
