using System.Buffers.Binary;
using System.Security.Cryptography;

namespace VioConcierge.Core.Identity;

/// <summary>RFC 6238 time-based one-time passwords: HMAC-SHA-1, 30-second steps, 6 digits.</summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;
    public const int SecretBytes = 20;

    /// <summary>Steps either side of now that are still accepted, for clock drift between phone and server.</summary>
    public const int AllowedDriftSteps = 1;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step a code matches within the drift window, or null. Steps at or before <paramref name="lastUsedStep"/>
    /// are refused, so a code cannot be replayed.
    /// </summary>
    public static long? Verify(byte[] secret, string? code, DateTimeOffset now, long? lastUsedStep)
    {
        var candidate = code?.Replace(" ", "", StringComparison.Ordinal);
        if (candidate is not { Length: Digits } || !candidate.All(char.IsAsciiDigit))
        {
            return null;
        }
        var current = StepAt(now);
        for (var step = current - AllowedDriftSteps; step <= current + AllowedDriftSteps; step++)
        {
            if (lastUsedStep is { } last && step <= last)
            {
                continue;
            }
            var expected = Code(secret, step);
            if (CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(candidate)))
            {
                return step;
            }
        }
        return null;
    }

    /// <summary>The otpauth URI authenticator apps read from a QR code.</summary>
    public static string ProvisioningUri(byte[] secret, string accountName, string issuer) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(accountName)}" +
        $"?secret={Base32.Encode(secret)}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";
}
