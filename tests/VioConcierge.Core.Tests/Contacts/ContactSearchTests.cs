using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

/// <summary>Operators, fields and phone numbers; limits and literal text are in ContactSearchTests.Rules.cs.</summary>
public partial class ContactSearchTests
{
    [Theory]
    [InlineData("john", "Any.Contains(john)")]
    [InlineData("  John  ", "Any.Contains(John)")]
    [InlineData("\"john smith\"", "Any.Phrase(john smith)")]
    [InlineData("\"  John \t  Smith \"", "Any.Phrase(John Smith)")]
    [InlineData("dent*", "Any.Prefix(dent)")]
    [InlineData("dent**", "Any.Prefix(dent)")]
    [InlineData("\"john sm\"*", "Any.Prefix(john sm)")]
    [InlineData("-cancelled", "-Any.Contains(cancelled)")]
    [InlineData("-dent*", "-Any.Prefix(dent)")]
    [InlineData("-\"no show\"", "-Any.Phrase(no show)")]
    [InlineData("email:@gmail.com", "Email.Contains(@gmail.com)")]
    [InlineData("name:\"john smith\"", "Name.Phrase(john smith)")]
    [InlineData("name:jo*", "Name.Prefix(jo)")]
    [InlineData("name: smith", "Name.Contains(smith)")]
    [InlineData("name:  \"john smith\"", "Name.Phrase(john smith)")]
    [InlineData("-email:@gmail.com", "-Email.Contains(@gmail.com)")]
    [InlineData("-notes:\"no show\"", "-Notes.Phrase(no show)")]
    [InlineData("-type:fill*", "-AppointmentType.Prefix(fill)")]
    public void Parse_SingleOperator_ProducesTerm(string q, string expected)
    {
        Assert.Equal(expected, Describe(q));
    }

    [Theory]
    [InlineData("\"john smith\" -cancelled email:@gmail.com dent*",
        "Any.Phrase(john smith) | -Any.Contains(cancelled) | Email.Contains(@gmail.com) | Any.Prefix(dent)")]
    [InlineData("-\"no show\" -status owner:patel* \"root canal\"",
        "-Any.Phrase(no show) | -Any.Contains(status) | OwnerName.Prefix(patel) | Any.Phrase(root canal)")]
    [InlineData("\"john\"smith", "Any.Phrase(john) | Any.Contains(smith)")]
    [InlineData("john john", "Any.Contains(john) | Any.Contains(john)")]
    public void Parse_CombinedOperators_TermsInOrder(string q, string expected)
    {
        Assert.Equal(expected, Describe(q));
    }

    [Theory]
    [InlineData("name:ab", "Name")]
    [InlineData("NAME:ab", "Name")]
    [InlineData("Phone:ab", "Phone")]
    [InlineData("EMAIL:ab", "Email")]
    [InlineData("notes:ab", "Notes")]
    [InlineData("type:ab", "AppointmentType")]
    [InlineData("Appointment_Type:ab", "AppointmentType")]
    [InlineData("owner:ab", "OwnerName")]
    [InlineData("owner_name:ab", "OwnerName")]
    [InlineData("Provider:ab", "OwnerName")]
    [InlineData("company:ab", "CompanyName")]
    [InlineData("COMPANY_NAME:ab", "CompanyName")]
    [InlineData("instructions:ab", "SpecialInstructions")]
    [InlineData("special_instructions:ab", "SpecialInstructions")]
    public void Parse_FieldNameOrAliasAnyCase_RestrictsToField(string q, string expected)
    {
        Assert.Equal($"{expected}.Contains(ab)", Describe(q));
    }

    [Theory]
    [InlineData("foo:bar", "foo")]
    [InlineData("emial:x@y.com", "emial")]
    [InlineData("john Status:cancelled", "Status")]
    [InlineData("-foo:bar", "foo")]
    [InlineData("foo: bar", "foo")]
    [InlineData("foo:\"bar baz\"", "foo")]
    [InlineData("foo:", "foo")]
    [InlineData("first_name:ann", "first_name")]
    public void Parse_UnknownField_ErrorNamesItAndAllowedFields(string q, string field)
    {
        // Act
        var message = Assert.Single(Errors(q));

        // Assert
        Assert.Contains($"\"{field}\"", message, StringComparison.Ordinal);
        Assert.Contains(SearchFieldNames.Allowed, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameUnknownFieldTwice_OneError()
    {
        Assert.Single(Errors("foo:ab FOO:cd"));
    }

    [Theory]
    [InlineData("10:30", "Any.Contains(10:30)")]
    [InlineData("9:00am", "Any.Contains(9:00am)")]
    [InlineData("a@b.c:x", "Any.Contains(a@b.c:x)")]
    [InlineData("john.smith@example.com", "Any.Contains(john.smith@example.com)")]
    [InlineData("x1:y", "Any.Contains(x1:y)")]
    [InlineData("_a:b", "Any.Contains(_a:b)")]
    [InlineData("https://example.com/a", "Any.Contains(https://example.com/a)")]
    [InlineData("\"re:visit\"", "Any.Phrase(re:visit)")]
    [InlineData("-\"foo:bar\"", "-Any.Phrase(foo:bar)")]
    [InlineData("type:follow:up", "AppointmentType.Contains(follow:up)")]
    [InlineData("notes:10:30", "Notes.Contains(10:30)")]
    public void Parse_ColonNotAfterAFieldName_PlainText(string q, string expected)
    {
        Assert.Equal(expected, Describe(q));
    }

    [Theory]
    [InlineData("07700 900", "Any.Contains(07700 900)")]
    [InlineData("+44 7700", "Any.Contains(+44 7700)")]
    [InlineData("+44 (0)20 7946 0958", "Any.Contains(+44 (0)20 7946 0958)")]
    [InlineData("07700-900123", "Any.Contains(07700-900123)")]
    [InlineData("john 07700 900", "Any.Contains(john) | Any.Contains(07700 900)")]
    [InlineData("phone:07700 900", "Phone.Contains(07700 900)")]
    [InlineData("-07700 900", "-Any.Contains(07700 900)")]
    [InlineData("+44 7700*", "Any.Prefix(+44 7700)")]
    [InlineData("0 7700", "Any.Contains(0 7700)")]
    public void Parse_PhoneNumberInPieces_OnePhoneLikeTerm(string q, string expected)
    {
        // Act
        var terms = Terms(q);

        // Assert
        Assert.Equal(expected, Describe(terms));
        Assert.True(terms[^1].IsPhoneLike);
    }

    [Theory]
    [InlineData("07700 -900", "Any.Contains(07700) | -Any.Contains(900)")]
    [InlineData("07700 \"900\"", "Any.Contains(07700) | Any.Phrase(900)")]
    [InlineData("07700* 900", "Any.Prefix(07700) | Any.Contains(900)")]
    [InlineData("07700 phone:900", "Any.Contains(07700) | Phone.Contains(900)")]
    [InlineData("12 monkeys", "Any.Contains(12) | Any.Contains(monkeys)")]
    public void Parse_PhonePieceWithOwnOperator_StartsNewTerm(string q, string expected)
    {
        Assert.Equal(expected, Describe(q));
    }

    [Theory]
    [InlineData("\"07700 900\"", true)]
    [InlineData("notes:2024", true)]
    [InlineData("smith", false)]
    [InlineData("10:30", false)]
    public void Parse_Term_PhoneLikeFollowsText(string q, bool expected)
    {
        Assert.Equal(expected, Assert.Single(Terms(q)).IsPhoneLike);
    }

    private static List<SearchTerm> Terms(string q)
    {
        var result = ContactSearch.Parse(q);
        Assert.True(result.IsValid, string.Join("; ", result.Errors?.ToDictionary().SelectMany(e => e.Value) ?? []));
        return [.. result.Value!.Terms];
    }

    private static string Describe(string q) => Describe(Terms(q));

    private static string Describe(IEnumerable<SearchTerm> terms) => string.Join(" | ", terms.Select(t =>
        $"{(t.Excluded ? "-" : "")}{t.Field?.ToString() ?? "Any"}.{t.Match}({t.Text})"));

    private static string[] Errors(string? q)
    {
        var result = ContactSearch.Parse(q);
        Assert.False(result.IsValid);
        var errors = Assert.Single(result.Errors!.ToDictionary());
        Assert.Equal(ContactSearch.ErrorKey, errors.Key);
        Assert.Equal("q", errors.Key);
        return errors.Value;
    }
}
