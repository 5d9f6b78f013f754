using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class CommonPasswordsTests
{
    [Theory]
    [InlineData("password", true)]
    [InlineData("Password123!", true)]
    [InlineData("Welcome2024!!", true)]
    [InlineData("2024!Summer", true)]
    [InlineData("1234567890", true)]
    [InlineData("12345678!", true)]
    [InlineData("Qwerty123456", true)]
    [InlineData("Correct-Horse-42", false)]
    [InlineData("Passwordless-Login-7", false)]
    public void IsCommon_Password_MatchesStemAfterStrippingDecorations(string password, bool expected)
    {
        Assert.Equal(expected, CommonPasswords.IsCommon(password));
    }
}
