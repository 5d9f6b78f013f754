using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Calendly's webhook signature: header <c>Calendly-Webhook-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c> with
/// <c>v1 = hex(HMAC-SHA256(key = signing key, msg = t + "." + raw body))</c>. Accepted when <c>t</c> is within
/// <see cref="Tolerance"/> of now in either direction (a clock ahead of ours as much as one behind) and any of the
/// <c>v1</c> values matches (constant-time compare, every value checked).
/// <para>
/// Header grammar: comma-separated <c>name=value</c> parts, exactly one <c>t</c> (1 to 12 digits), at least one
/// <c>v1</c> (64 hex digits). Parts with another name (a future scheme) are skipped; anything else is malformed.
/// </para>
/// </summary>
public static class CalendlySignature
{
    public const string HeaderName = "Calendly-Webhook-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(3);
    private const int MaxHeaderLength = 1024;

    public static string Sign(ReadOnlySpan<byte> body, string key, long timestamp) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Digest(body, key, timestamp))}";

    public static bool TryParse(string? header, out long timestamp, out IReadOnlyList<byte[]> signatures)
    {
        (timestamp, signatures) = (0, []);
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxHeaderLength)
        {
            return false;
        }
        long? stamp = null;
        var found = new List<byte[]>();
        foreach (var part in header.Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = equals <= 0 ? ("", "") : (part[..equals].Trim(), part[(equals + 1)..].Trim());
            switch (name)
            {
                case "t" when stamp is null && value.Length is > 0 and <= 12 && value.All(char.IsAsciiDigit):
                    stamp = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "v1" when value.Length == 64 && CalcomSignature.IsHex(value):
                    found.Add(Convert.FromHexString(value));
                    break;
                case "t" or "v1" or "":
                    return false;
            }
        }
        if (stamp is null || found.Count == 0)
        {
            return false;
        }
        (timestamp, signatures) = (stamp.Value, found);
        return true;
    }

    public static CalendarSignatureCheck Verify(string? header, ReadOnlySpan<byte> body, string? key, DateTimeOffset now)
    {
        if (!TryParse(header, out var timestamp, out var signatures))
        {
            return CalendarSignatureCheck.Malformed;
        }
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > (long)Tolerance.TotalSeconds)
        {
            return CalendarSignatureCheck.OutsideWindow;
        }
        if (string.IsNullOrEmpty(key))
        {
            return CalendarSignatureCheck.Mismatch;
        }
        var expected = Digest(body, key, timestamp);
        var matched = false;
        foreach (var signature in signatures)
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }
        return matched ? CalendarSignatureCheck.Valid : CalendarSignatureCheck.Mismatch;
    }

    private static byte[] Digest(ReadOnlySpan<byte> body, string key, long timestamp)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message);
    }
}
