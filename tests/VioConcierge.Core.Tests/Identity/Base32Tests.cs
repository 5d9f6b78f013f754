using System.Text;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    [InlineData("12345678901234567890", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]
    public void Encode_Rfc4648Vector_ReturnsUnpaddedBase32(string input, string expected)
    {
        Assert.Equal(expected, Base32.Encode(Encoding.ASCII.GetBytes(input)));
    }

    [Theory]
    [InlineData("MY", "f")]
    [InlineData("MZXQ", "fo")]
    [InlineData("MZXW6", "foo")]
    [InlineData("MZXW6YQ", "foob")]
    [InlineData("MZXW6YTB", "fooba")]
    [InlineData("MZXW6YTBOI", "foobar")]
    [InlineData("MY======", "f")]
    [InlineData("MZXW6YQ=", "foob")]
    [InlineData("mzxw6ytboi", "foobar")]
    [InlineData("MzXw6YtBoI", "foobar")]
    [InlineData("mzxw 6ytb oi", "foobar")]
    public void Decode_ValidText_ReturnsBytes(string text, string expected)
    {
        Assert.Equal(expected, Encoding.ASCII.GetString(Base32.Decode(text)));
    }

    [Theory]
    [InlineData("MZXW1")]
    [InlineData("MZXW0")]
    [InlineData("MZXW8")]
    [InlineData("MZ!W6")]
    [InlineData("MZ=XW6")]
    [InlineData("MZXW-6")]
    public void Decode_InvalidCharacter_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => Base32.Decode(text));
    }

    [Fact]
    public void EncodeThenDecode_EveryLengthUpTo64_ReturnsOriginalBytes()
    {
        for (var length = 0; length <= 64; length++)
        {
            // Arrange: a spread of byte values including 0x00 and 0xFF.
            var data = Enumerable.Range(0, length).Select(i => (byte)(i * 73 + 5)).ToArray();

            // Act
            var roundTripped = Base32.Decode(Base32.Encode(data));

            // Assert
            Assert.Equal(data, roundTripped);
        }
    }

    [Fact]
    public void EncodeThenDecode_AllOnesSecret_ReturnsOriginalBytes()
    {
        // Arrange
        var data = Enumerable.Repeat((byte)0xFF, 20).ToArray();

        // Act
        var encoded = Base32.Encode(data);

        // Assert
        Assert.Equal(new string('7', 32), encoded);
        Assert.Equal(data, Base32.Decode(encoded));
    }
}
