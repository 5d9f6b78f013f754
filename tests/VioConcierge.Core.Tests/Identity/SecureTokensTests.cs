using System.Text.RegularExpressions;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class SecureTokensTests
{
    private static readonly Regex UrlSafe = new("^[A-Za-z0-9_-]+$");

    [Theory]
    [InlineData(Role.SuperAdmin)]
    [InlineData(Role.ClientAdmin)]
    public void NewPassword_200Draws_AllSatisfyAdminPolicy(Role role)
    {
        for (var i = 0; i < 200; i++)
        {
            // Act
            var password = SecureTokens.NewPassword();

            // Assert
            var errors = PasswordPolicy.Check(password, role).ToDictionary();
            Assert.True(errors.Count == 0, $"'{password}' was refused: {string.Join(" ", errors.SelectMany(e => e.Value))}");
            Assert.Equal(20, password.Length);
        }
    }

    [Fact]
    public void NewToken_100Draws_UrlSafeUniqueAnd256Bits()
    {
        // Act
        var tokens = Enumerable.Range(0, 100).Select(_ => SecureTokens.NewToken()).ToList();

        // Assert: 32 bytes are 43 unpadded base64url characters.
        Assert.All(tokens, token =>
        {
            Assert.Matches(UrlSafe, token);
            Assert.Equal(43, token.Length);
        });
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_SameAndDifferentTokens_StableAndDistinct()
    {
        // Arrange
        var token = SecureTokens.NewToken();

        // Act
        var first = SecureTokens.Hash(token);
        var again = SecureTokens.Hash(token);
        var other = SecureTokens.Hash(SecureTokens.NewToken());

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }
}
