using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class SearchFieldNamesTests
{
    [Theory]
    [InlineData("name", SearchField.Name)]
    [InlineData("NAME", SearchField.Name)]
    [InlineData("phone", SearchField.Phone)]
    [InlineData("Email", SearchField.Email)]
    [InlineData("notes", SearchField.Notes)]
    [InlineData("type", SearchField.AppointmentType)]
    [InlineData("Appointment_Type", SearchField.AppointmentType)]
    [InlineData("owner", SearchField.OwnerName)]
    [InlineData("owner_name", SearchField.OwnerName)]
    [InlineData("PROVIDER", SearchField.OwnerName)]
    [InlineData("company", SearchField.CompanyName)]
    [InlineData("company_name", SearchField.CompanyName)]
    [InlineData("instructions", SearchField.SpecialInstructions)]
    [InlineData("special_instructions", SearchField.SpecialInstructions)]
    public void TryParse_KnownNameOrAlias_MapsToField(string name, SearchField expected)
    {
        // Act
        var ok = SearchFieldNames.TryParse(name, out var field);

        // Assert
        Assert.True(ok);
        Assert.Equal(expected, field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("status")]
    [InlineData("note")]
    [InlineData("appointmenttype")]
    [InlineData(" name")]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(SearchFieldNames.TryParse(name, out _));
    }

    [Theory]
    [InlineData(SearchField.Name, "name")]
    [InlineData(SearchField.Phone, "phone")]
    [InlineData(SearchField.Email, "email")]
    [InlineData(SearchField.Notes, "notes")]
    [InlineData(SearchField.AppointmentType, "appointment_type")]
    [InlineData(SearchField.OwnerName, "owner_name")]
    [InlineData(SearchField.CompanyName, "company_name")]
    [InlineData(SearchField.SpecialInstructions, "special_instructions")]
    public void Canonical_Field_IsSeedNameAndParsesBack(SearchField field, string expected)
    {
        // Act
        var name = SearchFieldNames.Canonical(field);

        // Assert
        Assert.Equal(expected, name);
        Assert.True(SearchFieldNames.TryParse(name, out var parsed));
        Assert.Equal(field, parsed);
        Assert.Contains(name, SearchFieldNames.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void All_EverySeedField_EightInSeedOrder()
    {
        Assert.Equal(
            ["name", "phone", "email", "notes", "appointment_type", "owner_name", "company_name", "special_instructions"],
            SearchFieldNames.All.Select(SearchFieldNames.Canonical));
    }
}
