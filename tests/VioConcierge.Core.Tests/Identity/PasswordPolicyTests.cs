using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class PasswordPolicyTests
{
    private const string Strong = "Correct-Horse-42";

    [Theory]
    [InlineData(Role.SuperAdmin)]
    [InlineData(Role.ClientAdmin)]
    [InlineData(Role.ClientUser)]
    public void Check_StrongPassword_NoErrors(Role role)
    {
        // Act
        var errors = PasswordPolicy.Check(Strong, role);

        // Assert
        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData(Role.ClientUser, "Ab3$efg", false)]
    [InlineData(Role.ClientUser, "Ab3$efgh", true)]
    [InlineData(Role.ClientAdmin, "Ab3$efghijk", false)]
    [InlineData(Role.ClientAdmin, "Ab3$efghijkl", true)]
    [InlineData(Role.SuperAdmin, "Ab3$efghijk", false)]
    [InlineData(Role.SuperAdmin, "Ab3$efghijkl", true)]
    public void Check_LengthAroundRoleMinimum_EnforcesStaff8AndAdmins12(Role role, string password, bool accepted)
    {
        // Arrange
        var min = role == Role.ClientUser ? 8 : 12;

        // Act
        var errors = PasswordPolicy.Check(password, role).ToDictionary();

        // Assert
        if (accepted)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal(new[] { $"Password must be at least {min} characters." }, errors["password"]);
        }
    }

    [Theory]
    [InlineData("correct-horse-42", "Password must contain an upper-case letter.")]
    [InlineData("CORRECT-HORSE-42", "Password must contain a lower-case letter.")]
    [InlineData("Correct-Horse-Battery", "Password must contain a digit.")]
    [InlineData("CorrectHorse42Battery", "Password must contain a symbol.")]
    public void Check_OneCharacterClassMissing_ReturnsOnlyThatMessage(string password, string expected)
    {
        // Act
        var errors = PasswordPolicy.Check(password, Role.ClientAdmin).ToDictionary();

        // Assert
        var (field, messages) = Assert.Single(errors);
        Assert.Equal("password", field);
        Assert.Equal(new[] { expected }, messages);
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("Welcome2024!!")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("!Qwerty123456")]
    [InlineData("Vioconcierge1!")]
    [InlineData("Letmein12345!")]
    public void Check_DecoratedCommonPassword_RefusedAsTooCommon(string password)
    {
        // Act
        var errors = PasswordPolicy.Check(password, Role.ClientAdmin).ToDictionary();

        // Assert
        Assert.Equal(new[] { "Password is too common." }, errors["password"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_Missing_ReturnsRequired(string? password)
    {
        // Act
        var errors = PasswordPolicy.Check(password, Role.ClientUser).ToDictionary();

        // Assert
        Assert.Equal(new[] { "Password is required." }, errors["password"]);
    }

    [Fact]
    public void Check_Over128Characters_ReturnsTooLong()
    {
        // Arrange
        var password = "Aa1!" + new string('x', 125);

        // Act
        var errors = PasswordPolicy.Check(password, Role.ClientAdmin).ToDictionary();

        // Assert
        Assert.Equal(new[] { "Password must be at most 128 characters." }, errors["password"]);
    }

    [Fact]
    public void Check_CustomFieldName_KeysEveryErrorByThatField()
    {
        // Act
        var errors = PasswordPolicy.Check("weak", Role.ClientUser, "newPassword").ToDictionary();

        // Assert
        var (field, messages) = Assert.Single(errors);
        Assert.Equal("newPassword", field);
        Assert.Contains("Password must be at least 8 characters.", messages);
        Assert.Contains("Password must contain a symbol.", messages);
    }
}
