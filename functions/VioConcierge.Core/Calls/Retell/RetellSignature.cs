using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace VioConcierge.Core.Calls.Retell;

/// <summary>
/// Retell's webhook signature: header <c>x-retell-signature: v=&lt;unix ms&gt;,d=&lt;64 lowercase hex&gt;</c> with
/// <c>d = hex(HMAC-SHA256(key = API key, msg = raw body bytes + the ms value as decimal text))</c>. Verified over the raw
/// bytes, within five minutes either side of now, with a constant-time compare.
/// </summary>
public static partial class RetellSignature
{
    public const string HeaderName = "x-retell-signature";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static string Sign(ReadOnlySpan<byte> body, string key, long timestampMs) =>
        $"v={timestampMs.ToString(CultureInfo.InvariantCulture)},d={Convert.ToHexStringLower(Digest(body, key, timestampMs))}";

    /// <summary>Reads the header; false when it does not match <c>^v=\d+,d=[0-9a-f]{64}$</c>.</summary>
    public static bool TryParse(string? header, out long timestampMs, out byte[] digest)
    {
        (timestampMs, digest) = (0, []);
        var match = header is null ? null : HeaderPattern().Match(header);
        if (match is not { Success: true } || !long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out timestampMs))
        {
            return false;
        }
        digest = Convert.FromHexString(match.Groups[2].ValueSpan);
        return true;
    }

    public static SignatureCheck Verify(string? header, ReadOnlySpan<byte> body, IReadOnlyList<string> keys, DateTimeOffset now)
    {
        if (!TryParse(header, out var timestampMs, out var digest))
        {
            return SignatureCheck.Malformed;
        }
        var age = now.ToUnixTimeMilliseconds() - (decimal)timestampMs;
        if (Math.Abs(age) > (decimal)Window.TotalMilliseconds)
        {
            return SignatureCheck.OutsideWindow;
        }
        var matched = false;
        foreach (var key in keys)
        {
            // Every key is tried (no early exit), each compared in constant time.
            matched |= CryptographicOperations.FixedTimeEquals(Digest(body, key, timestampMs), digest);
        }
        return matched ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    private static byte[] Digest(ReadOnlySpan<byte> body, string key, long timestampMs)
    {
        Span<byte> stamp = stackalloc byte[20];
        timestampMs.TryFormat(stamp, out var stampLength, provider: CultureInfo.InvariantCulture);
        var message = new byte[body.Length + stampLength];
        body.CopyTo(message);
        stamp[..stampLength].CopyTo(message.AsSpan(body.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message);
    }

    [GeneratedRegex("^v=([0-9]{1,19}),d=([0-9a-f]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();
}
