using System.Text;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Core.Tests.Calls;

public class RetellSignatureTests
{
    private const string Key = "test-api-key";
    private static readonly byte[] UpstreamBody = Encoding.UTF8.GetBytes("""{"event":"call_ended"}""");
    private static readonly DateTimeOffset UpstreamTime = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000);
    private const string UpstreamHeader = "v=1700000000000,d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e";

    private static SignatureCheck Verify(string? header, byte[]? body = null, DateTimeOffset? now = null, params string[] keys) =>
        RetellSignature.Verify(header, body ?? UpstreamBody, keys.Length == 0 ? [Key] : keys, now ?? UpstreamTime);

    [Fact]
    public void Sign_UpstreamVector_MatchesRetellsDigest() =>
        Assert.Equal(UpstreamHeader, RetellSignature.Sign(UpstreamBody, Key, 1700000000000));

    [Fact]
    public void Sign_OwnVector_IsHmacOfBodyThenTimestamp()
    {
        // Computed independently: printf '%s' '{"event":"call_started","call":{"call_id":"c1"}}1767225600000' | openssl dgst -sha256 -hmac 'another-key'
        var body = Encoding.UTF8.GetBytes("""{"event":"call_started","call":{"call_id":"c1"}}""");

        Assert.Equal("v=1767225600000,d=" + OwnVectorDigest, RetellSignature.Sign(body, "another-key", 1767225600000));
    }

    private const string OwnVectorDigest = "bf186a15cc881ba4527b3a950c9eb29a6d46591f16f95515f6199a091de9c28c";

    [Fact]
    public void Verify_UpstreamVector_IsValid() => Assert.Equal(SignatureCheck.Valid, Verify(UpstreamHeader));

    [Fact]
    public void Verify_SecondKeyMatches_IsValid() => Assert.Equal(SignatureCheck.Valid, Verify(UpstreamHeader, keys: ["tenant-key", Key]));

    [Fact]
    public void Verify_TamperedBody_IsMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Verify(UpstreamHeader, Encoding.UTF8.GetBytes("""{"event":"call_ended" }""")));

    [Fact]
    public void Verify_WrongKeyOrNoKey_IsMismatch()
    {
        Assert.Equal(SignatureCheck.Mismatch, Verify(UpstreamHeader, keys: "other-key"));
        Assert.Equal(SignatureCheck.Mismatch, RetellSignature.Verify(UpstreamHeader, UpstreamBody, [], UpstreamTime));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampMoreThanFiveMinutesAway_IsOutsideTheWindow(int seconds) =>
        Assert.Equal(SignatureCheck.OutsideWindow, Verify(UpstreamHeader, now: UpstreamTime.AddSeconds(seconds)));

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Verify_TimestampWithinFiveMinutes_IsValid(int seconds) =>
        Assert.Equal(SignatureCheck.Valid, Verify(UpstreamHeader, now: UpstreamTime.AddSeconds(seconds)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e,v=1700000000000")]
    [InlineData("v=1700000000000,d=07024CABE7DD8F6D1C6E4A8324CA92C812E6AD4A7EE506C04F7E462E3321823E")]
    [InlineData("v=1700000000000,d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823")]
    [InlineData("v=1700000000000,d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e ")]
    [InlineData("v=-1700000000000,d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e")]
    [InlineData("v=99999999999999999999,d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e")]
    [InlineData("v=1700000000000, d=07024cabe7dd8f6d1c6e4a8324ca92c812e6ad4a7ee506c04f7e462e3321823e")]
    public void Verify_MalformedHeader_IsMalformed(string? header) => Assert.Equal(SignatureCheck.Malformed, Verify(header));
}
