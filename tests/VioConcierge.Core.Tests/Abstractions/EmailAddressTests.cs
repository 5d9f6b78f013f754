using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Tests.Abstractions;

public class EmailAddressTests
{
    [Theory]
    [InlineData("alice@example.com", "alice@example.com")]
    [InlineData("  Alice.Smith@Example.CO.UK ", "alice.smith@example.co.uk")]
    [InlineData("alice+tag@sub.example.org", "alice+tag@sub.example.org")]
    [InlineData("o'brien@example.ie", "o'brien@example.ie")]
    [InlineData("a@b.io", "a@b.io")]
    public void TryParse_ValidAddress_ReturnsTrimmedLowerCase(string input, string expected)
    {
        // Act
        var ok = EmailAddress.TryParse(input, out var email);

        // Assert
        Assert.True(ok);
        Assert.Equal(expected, email.Value);
        Assert.Equal(expected, email.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("alice")]
    [InlineData("alice@")]
    [InlineData("@example.com")]
    [InlineData("alice@example")]
    [InlineData("alice@@example.com")]
    [InlineData("alice smith@example.com")]
    [InlineData("Alice <alice@example.com>")]
    [InlineData("alice@example.com, bob@example.com")]
    [InlineData("alice@example..com")]
    [InlineData("alice@.example.com")]
    [InlineData("alice@example.com.")]
    [InlineData("alice@[127.0.0.1]")]
    [InlineData("alice@127.0.0.1")]
    [InlineData("\"alice\"@example.com")]
    [InlineData("alice.@example.com")]
    [InlineData(".alice@example.com")]
    [InlineData("alice@-example.com")]
    [InlineData("alice@exam_ple.com")]
    [InlineData("alice@example.c")]
    public void TryParse_InvalidAddress_ReturnsFalse(string? input)
    {
        Assert.False(EmailAddress.TryParse(input, out _));
    }

    [Theory]
    [InlineData(254, true)]
    [InlineData(255, false)]
    public void TryParse_AddressLength_AcceptsUpTo254(int length, bool expected)
    {
        // Arrange: labels of at most 63 characters keep the domain itself valid.
        const string local = "alice@";
        var domainLength = length - local.Length - ".com".Length;
        var labels = Enumerable.Range(0, (domainLength + 63) / 64)
            .Select(i => new string('a', Math.Min(63, domainLength - i * 64)));
        var input = local + string.Join('.', labels) + ".com";

        // Act
        var ok = EmailAddress.TryParse(input, out _);

        // Assert
        Assert.Equal(length, input.Length);
        Assert.Equal(expected, ok);
    }
}
