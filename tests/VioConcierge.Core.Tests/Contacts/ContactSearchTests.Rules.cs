using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public partial class ContactSearchTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData("  a\t")]
    [InlineData("**")]
    [InlineData("\"\"")]
    [InlineData("-\"\"")]
    [InlineData("- *")]
    [InlineData("name:")]
    [InlineData("\"   ")]
    public void Parse_NoTermOfTwoCharacters_TooShortError(string? q)
    {
        Assert.Equal([ContactSearch.TooShortMessage], Errors(q));
    }

    [Theory]
    [InlineData("john -")]
    [InlineData("- john")]
    [InlineData("john *")]
    [InlineData("john \"\"")]
    [InlineData("john name:")]
    [InlineData("john \"")]
    public void Parse_OperatorWithoutText_Dropped(string q)
    {
        Assert.Equal("Any.Contains(john)", Describe(q));
    }

    [Theory]
    [InlineData("john a", "\"a\"")]
    [InlineData("a*", "\"a\"")]
    [InlineData("-x john", "\"x\"")]
    [InlineData("name:a", "\"a\"")]
    [InlineData("\" a \" john", "\"a\"")]
    [InlineData("j o", "\"j\", \"o\"")]
    [InlineData("--", "\"-\"")]
    public void Parse_TermShorterThanTwoCharacters_ErrorNamesIt(string q, string named)
    {
        // Act
        var message = Assert.Single(Errors(q));

        // Assert
        Assert.Equal($"Each search term needs at least 2 characters: {named}.", message);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Parse_QueryLength_AtMost200Characters(int length, bool valid)
    {
        // Arrange
        var q = "ab " + new string('x', length - 3);

        // Act
        var result = ContactSearch.Parse(q);

        // Assert
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(["Search must be at most 200 characters."], result.Errors!.ToDictionary()["q"]);
        }
    }

    [Fact]
    public void Parse_200CharactersInsideWhitespace_LengthCountsTrimmedQuery()
    {
        Assert.True(ContactSearch.Parse("   " + new string('x', 200) + "   ").IsValid);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Parse_TermCount_AtMostTen(int count, bool valid)
    {
        // Arrange
        var q = string.Join(' ', Enumerable.Range(0, count).Select(i => $"w{(char)('a' + i)}"));

        // Act
        var result = ContactSearch.Parse(q);

        // Assert
        Assert.Equal(valid, result.IsValid);
        if (valid)
        {
            Assert.Equal(count, result.Value!.Terms.Count);
        }
        else
        {
            Assert.Equal(["Search can have at most 10 terms."], result.Errors!.ToDictionary()["q"]);
        }
    }

    [Fact]
    public void Parse_ElevenPhonePieces_CountAsOneTerm()
    {
        Assert.Single(Terms("01 02 03 04 05 06 07 08 09 10 11"));
    }

    [Theory]
    [InlineData("50%", "Any.Contains(50%)")]
    [InlineData("first_name", "Any.Contains(first_name)")]
    [InlineData("100%*", "Any.Prefix(100%)")]
    [InlineData("a*b", "Any.Contains(a*b)")]
    [InlineData("*son", "Any.Contains(*son)")]
    [InlineData("\"dent*\"", "Any.Phrase(dent*)")]
    [InlineData("\"-cancelled\"", "Any.Phrase(-cancelled)")]
    [InlineData("t-shirt", "Any.Contains(t-shirt)")]
    [InlineData("name:-x", "Name.Contains(-x)")]
    [InlineData("o'brien", "Any.Contains(o'brien)")]
    [InlineData("don\"t", "Any.Contains(don\"t)")]
    [InlineData(@"a\b", @"Any.Contains(a\b)")]
    [InlineData("--x", "-Any.Contains(-x)")]
    public void Parse_LiteralCharacters_KeptInText(string q, string expected)
    {
        Assert.Equal(expected, Describe(q));
    }

    [Theory]
    [InlineData("\"john smi", "Any.Phrase(john smi)")]
    [InlineData("jones \"john  smi ", "Any.Contains(jones) | Any.Phrase(john smi)")]
    [InlineData("name:\"john", "Name.Phrase(john)")]
    [InlineData("-\"no sh", "-Any.Phrase(no sh)")]
    [InlineData("\"a b\" \"c d -e", "Any.Phrase(a b) | Any.Phrase(c d -e)")]
    public void Parse_UnbalancedQuote_RestIsPhrase(string q, string expected)
    {
        Assert.Equal(expected, Describe(q));
    }

    [Fact]
    public void Parse_SeveralProblems_AllReportedUnderQ()
    {
        Assert.Equal(2, Errors("foo:bar a").Length);
    }

    [Fact]
    public void Parse_SameTermsDifferentSpacing_EqualSearches()
    {
        Assert.Equal(ContactSearch.Parse(" john   -\"no  show\" ").Value, ContactSearch.Parse("john -\"no show\"").Value);
        Assert.NotEqual(ContactSearch.Parse("john smith").Value, ContactSearch.Parse("smith john").Value);
    }
}
