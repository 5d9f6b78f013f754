using OtpNet;

namespace VioConcierge.Core.Identity;

/// <summary>RFC 4648 base32 without padding, as authenticator apps expect TOTP secrets (Otp.NET's encoding).</summary>
public static class Base32
{
    /// <summary>Upper-case base32 of <paramref name="data"/> with no <c>=</c> padding; empty for no bytes.</summary>
    public static string Encode(ReadOnlySpan<byte> data) =>
        data.IsEmpty ? "" : Base32Encoding.ToString(data.ToArray()).TrimEnd('=');

    /// <summary>
    /// The bytes of <paramref name="text"/>, read case-insensitively with spaces and trailing <c>=</c> padding
    /// ignored. Throws <see cref="FormatException"/> for any other character outside the base32 alphabet.
    /// </summary>
    public static byte[] Decode(string text)
    {
        var clean = text.TrimEnd('=').Replace(" ", "", StringComparison.Ordinal);
        if (clean.Length == 0)
        {
            return [];
        }
        try
        {
            return Base32Encoding.ToBytes(clean);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("Not a base32 string.", e);
        }
    }
}
