using System.Security.Cryptography;
using System.Text;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Cal.com's webhook signature: header <c>X-Cal-Signature-256: &lt;hex&gt;</c> with
/// <c>hex(HMAC-SHA256(key = webhook secret, msg = raw body))</c>, or the literal <c>no-secret-provided</c> when the
/// webhook has no secret (always so for the dashboard's PING). There is no timestamp, so no replay window: receipts
/// deduplicate instead. Verified over the raw bytes with a constant-time compare; hex in either case is accepted.
/// </summary>
public static class CalcomSignature
{
    public const string HeaderName = "X-Cal-Signature-256";
    public const string NoSecretProvided = "no-secret-provided";
    private const int DigestHexLength = 64;

    public static string Sign(ReadOnlySpan<byte> body, string secret) => Convert.ToHexStringLower(Digest(body, secret));

    /// <summary>
    /// <see cref="CalendarSignatureCheck.Unsigned"/> for <c>no-secret-provided</c> (the caller decides whether that is
    /// acceptable), <see cref="CalendarSignatureCheck.Malformed"/> for a missing header or one that is not 64 hex
    /// digits, and a mismatch when there is no secret to check against.
    /// </summary>
    public static CalendarSignatureCheck Verify(string? header, ReadOnlySpan<byte> body, string? secret)
    {
        var value = header?.Trim();
        if (value == NoSecretProvided)
        {
            return CalendarSignatureCheck.Unsigned;
        }
        if (value is not { Length: DigestHexLength } || !IsHex(value))
        {
            return CalendarSignatureCheck.Malformed;
        }
        if (string.IsNullOrEmpty(secret))
        {
            return CalendarSignatureCheck.Mismatch;
        }
        return CryptographicOperations.FixedTimeEquals(Digest(body, secret), Convert.FromHexString(value))
            ? CalendarSignatureCheck.Valid
            : CalendarSignatureCheck.Mismatch;
    }

    internal static bool IsHex(string value) => value.All(char.IsAsciiHexDigit);

    private static byte[] Digest(ReadOnlySpan<byte> body, string secret) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
}
