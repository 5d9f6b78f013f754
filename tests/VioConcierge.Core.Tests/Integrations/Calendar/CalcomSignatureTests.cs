using System.Text;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class CalcomSignatureTests
{
    private const string Secret = "whsec-calcom-test";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"triggerEvent":"BOOKING_CREATED","payload":{"uid":"u1"}}""");

    // Computed independently: printf '%s' '<Body>' | openssl dgst -sha256 -hmac 'whsec-calcom-test'
    private const string Digest = "0361f28485ffa3820ac551e2532d56a55a58bb31c5cd93dd69979434f5c2132b";

    [Fact]
    public void Sign_OwnVector_IsHexHmacOfTheRawBody() => Assert.Equal(Digest, CalcomSignature.Sign(Body, Secret));

    [Fact]
    public void Verify_OwnVector_IsValidInEitherHexCase()
    {
        Assert.Equal(CalendarSignatureCheck.Valid, CalcomSignature.Verify(Digest, Body, Secret));
        Assert.Equal(CalendarSignatureCheck.Valid, CalcomSignature.Verify(Digest.ToUpperInvariant(), Body, Secret));
    }

    [Fact]
    public void Verify_TamperedBody_IsMismatch() =>
        Assert.Equal(CalendarSignatureCheck.Mismatch,
            CalcomSignature.Verify(Digest, Encoding.UTF8.GetBytes("""{"triggerEvent":"BOOKING_CREATED","payload":{"uid":"u2"}}"""), Secret));

    [Fact]
    public void Verify_WrongSecretOrNoSecret_IsMismatch()
    {
        Assert.Equal(CalendarSignatureCheck.Mismatch, CalcomSignature.Verify(Digest, Body, "another-secret"));
        Assert.Equal(CalendarSignatureCheck.Mismatch, CalcomSignature.Verify(Digest, Body, null));
    }

    [Fact]
    public void Verify_NoSecretProvided_IsUnsignedWhateverTheSecret()
    {
        Assert.Equal(CalendarSignatureCheck.Unsigned, CalcomSignature.Verify("no-secret-provided", Body, Secret));
        Assert.Equal(CalendarSignatureCheck.Unsigned, CalcomSignature.Verify("no-secret-provided", Body, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=0361f28485ffa3820ac551e2532d56a55a58bb31c5cd93dd69979434f5c2132b")]
    [InlineData("0361f28485ffa3820ac551e2532d56a55a58bb31c5cd93dd69979434f5c2132")]
    [InlineData("zz61f28485ffa3820ac551e2532d56a55a58bb31c5cd93dd69979434f5c2132b")]
    [InlineData("No-Secret-Provided")]
    public void Verify_MissingOrMalformedHeader_IsMalformed(string? header) =>
        Assert.Equal(CalendarSignatureCheck.Malformed, CalcomSignature.Verify(header, Body, Secret));
}
