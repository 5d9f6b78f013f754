using System.Text;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class TotpTests
{
    // RFC 6238 Appendix B uses this ASCII secret for its SHA-1 vectors.
    private static readonly byte[] RfcSecret = Encoding.ASCII.GetBytes("12345678901234567890");

    // 1111111111 is inside step 37037037, away from a step boundary.
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1111111111);

    // The 8-digit RFC values are 94287082, 07081804, 14050471, 89005924, 69279037, 65353130;
    // 6-digit truncation keeps the last six digits (value mod 10^6).
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    [InlineData(20000000000L, "353130")]
    public void Code_Rfc6238Sha1Vector_MatchesLastSixDigits(long unixSeconds, string expected)
    {
        // Arrange
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        // Act
        var code = Totp.Code(RfcSecret, step);

        // Assert
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1234567890L, "005924")]
    [InlineData(20000000000L, "353130")]
    public void Verify_Rfc6238VectorAtItsTime_ReturnsCurrentStep(long unixSeconds, string code)
    {
        // Arrange
        var now = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

        // Act
        var step = Totp.Verify(RfcSecret, code, now, lastUsedStep: null);

        // Assert
        Assert.Equal(unixSeconds / 30, step);
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(29L, 0L)]
    [InlineData(30L, 1L)]
    [InlineData(59L, 1L)]
    [InlineData(60L, 2L)]
    public void StepAt_UnixTime_CountsThirtySecondSteps(long unixSeconds, long expected)
    {
        Assert.Equal(expected, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Verify_CodeWithinOneStepOfNow_ReturnsThatStep(int offset)
    {
        // Arrange
        var step = Totp.StepAt(Now) + offset;
        var code = Totp.Code(RfcSecret, step);

        // Act
        var matched = Totp.Verify(RfcSecret, code, Now, lastUsedStep: null);

        // Assert
        Assert.Equal(step, matched);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void Verify_CodeTwoStepsAway_ReturnsNull(int offset)
    {
        // Arrange
        var code = Totp.Code(RfcSecret, Totp.StepAt(Now) + offset);

        // Act
        var matched = Totp.Verify(RfcSecret, code, Now, lastUsedStep: null);

        // Assert
        Assert.Null(matched);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(-1, -1)]
    [InlineData(-1, 0)]
    public void Verify_StepAtOrBeforeLastUsed_ReturnsNull(int codeOffset, int lastUsedOffset)
    {
        // Arrange
        var current = Totp.StepAt(Now);
        var code = Totp.Code(RfcSecret, current + codeOffset);

        // Act
        var matched = Totp.Verify(RfcSecret, code, Now, lastUsedStep: current + lastUsedOffset);

        // Assert
        Assert.Null(matched);
    }

    [Fact]
    public void Verify_StepAfterLastUsed_ReturnsStep()
    {
        // Arrange
        var current = Totp.StepAt(Now);
        var code = Totp.Code(RfcSecret, current);

        // Act
        var matched = Totp.Verify(RfcSecret, code, Now, lastUsedStep: current - 1);

        // Assert
        Assert.Equal(current, matched);
    }

    [Fact]
    public void Verify_WrongCode_ReturnsNull()
    {
        // Arrange: the right code at t=59 is 287082.
        var now = DateTimeOffset.FromUnixTimeSeconds(59);

        // Act
        var matched = Totp.Verify(RfcSecret, "287083", now, lastUsedStep: null);

        // Assert
        Assert.Null(matched);
    }

    [Fact]
    public void Verify_WrongSecret_ReturnsNull()
    {
        // Arrange
        var otherSecret = Encoding.ASCII.GetBytes("09876543210987654321");

        // Act
        var matched = Totp.Verify(otherSecret, "287082", DateTimeOffset.FromUnixTimeSeconds(59), lastUsedStep: null);

        // Assert
        Assert.Null(matched);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("28708")]
    [InlineData("2870820")]
    [InlineData("28708a")]
    [InlineData("287-082")]
    [InlineData("２８７０８２")]
    public void Verify_MalformedCode_ReturnsNull(string? code)
    {
        // Arrange: "287082" would be accepted at t=59, so only the shape can cause a refusal.
        var now = DateTimeOffset.FromUnixTimeSeconds(59);

        // Act
        var matched = Totp.Verify(RfcSecret, code, now, lastUsedStep: null);

        // Assert
        Assert.Null(matched);
    }

    [Fact]
    public void Verify_CodeWithSpaceInMiddle_IsAccepted()
    {
        // Act
        var matched = Totp.Verify(RfcSecret, "287 082", DateTimeOffset.FromUnixTimeSeconds(59), lastUsedStep: null);

        // Assert
        Assert.Equal(1L, matched);
    }

    [Fact]
    public void ProvisioningUri_RfcSecret_CarriesSecretIssuerPeriodAndDigits()
    {
        // Act
        var uri = new Uri(Totp.ProvisioningUri(RfcSecret, "alice@example.com", "Vio Concierge"));
        var query = ParseQuery(uri.Query);

        // Assert
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Equal("/Vio Concierge:alice@example.com", Uri.UnescapeDataString(uri.AbsolutePath));
        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", query["secret"]);
        Assert.Equal("Vio Concierge", query["issuer"]);
        Assert.Equal("SHA1", query["algorithm"]);
        Assert.Equal("6", query["digits"]);
        Assert.Equal("30", query["period"]);
    }

    [Fact]
    public void ProvisioningUri_NewSecret_SecretDecodesBackToSameBytes()
    {
        // Arrange
        var secret = Totp.NewSecret();

        // Act
        var query = ParseQuery(new Uri(Totp.ProvisioningUri(secret, "bob@example.com", "VioConcierge")).Query);

        // Assert
        Assert.Equal(secret, Base32.Decode(query["secret"]));
    }

    [Fact]
    public void NewSecret_Called_Returns20RandomBytes()
    {
        // Act
        var first = Totp.NewSecret();
        var second = Totp.NewSecret();

        // Assert
        Assert.Equal(20, first.Length);
        Assert.NotEqual(first, second);
    }

    private static Dictionary<string, string> ParseQuery(string query) =>
        query.TrimStart('?')
            .Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => Uri.UnescapeDataString(parts[1]), StringComparer.Ordinal);
}
