using System.Text;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class CalendlySignatureTests
{
    private const string Key = "calendly-signing-key";
    private const long Stamp = 1767225600;
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(Stamp);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"invitee.created","payload":{"uri":"i1"}}""");

    // Computed independently: printf '%s' '1767225600.<Body>' | openssl dgst -sha256 -hmac 'calendly-signing-key'
    private const string Digest = "19f6aac232b7b2317b8618f35465e7408e46a8fa9960cfa390a81c188cf9ff15";
    private const string Header = "t=1767225600,v1=" + Digest;
    private const string OtherDigest = "0000000000000000000000000000000000000000000000000000000000000000";

    private static CalendarSignatureCheck Verify(string? header, byte[]? body = null, DateTimeOffset? now = null, string? key = Key) =>
        CalendlySignature.Verify(header, body ?? Body, key, now ?? SignedAt);

    [Fact]
    public void Sign_OwnVector_IsHmacOfTimestampDotBody() => Assert.Equal(Header, CalendlySignature.Sign(Body, Key, Stamp));

    [Fact]
    public void Verify_OwnVector_IsValid() => Assert.Equal(CalendarSignatureCheck.Valid, Verify(Header));

    [Fact]
    public void Verify_SeveralV1Values_ValidWhenAnyMatches()
    {
        Assert.Equal(CalendarSignatureCheck.Valid, Verify($"t={Stamp},v1={OtherDigest},v1={Digest}"));
        Assert.Equal(CalendarSignatureCheck.Mismatch, Verify($"t={Stamp},v1={OtherDigest}"));
    }

    [Fact]
    public void Verify_TamperedBody_IsMismatch() =>
        Assert.Equal(CalendarSignatureCheck.Mismatch, Verify(Header, Encoding.UTF8.GetBytes("""{"event":"invitee.created","payload":{"uri":"i2"}}""")));

    [Fact]
    public void Verify_TimestampChangedInHeader_IsMismatch() =>
        Assert.Equal(CalendarSignatureCheck.Mismatch, Verify($"t={Stamp + 1},v1={Digest}"));

    [Fact]
    public void Verify_WrongOrMissingKey_IsMismatch()
    {
        Assert.Equal(CalendarSignatureCheck.Mismatch, Verify(Header, key: "another-key"));
        Assert.Equal(CalendarSignatureCheck.Mismatch, Verify(Header, key: null));
    }

    [Theory]
    [InlineData(-180, CalendarSignatureCheck.Valid)]
    [InlineData(180, CalendarSignatureCheck.Valid)]
    [InlineData(-181, CalendarSignatureCheck.OutsideWindow)]
    [InlineData(181, CalendarSignatureCheck.OutsideWindow)]
    public void Verify_ThreeMinutesEitherSide_IsTheTolerance(int secondsFromSigning, CalendarSignatureCheck expected) =>
        Assert.Equal(expected, Verify(Header, now: SignedAt.AddSeconds(secondsFromSigning)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=" + Digest)]
    [InlineData("t=1767225600")]
    [InlineData("t=1767225600,v1=abc")]
    [InlineData("t=abc,v1=" + Digest)]
    [InlineData("t=1767225600,t=1767225600,v1=" + Digest)]
    [InlineData("t=1767225600;v1=" + Digest)]
    [InlineData("t=-1767225600,v1=" + Digest)]
    [InlineData(Digest)]
    public void Verify_MalformedHeader_IsMalformed(string? header) => Assert.Equal(CalendarSignatureCheck.Malformed, Verify(header));

    [Fact]
    public void Verify_UnknownSchemeBesideV1_IsIgnored() => Assert.Equal(CalendarSignatureCheck.Valid, Verify($"t={Stamp},v0=legacy,v1={Digest}"));
}
