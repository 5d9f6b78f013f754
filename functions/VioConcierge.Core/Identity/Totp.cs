using System.Security.Cryptography;
using OtpNet;

namespace VioConcierge.Core.Identity;

/// <summary>RFC 6238 time-based one-time passwords (Otp.NET): HMAC-SHA-1, 30-second steps, 6 digits.</summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;
    public const int SecretBytes = 20;

    /// <summary>Steps either side of now that are still accepted, for clock drift between phone and server.</summary>
    public const int AllowedDriftSteps = 1;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] secret, long step) => Generator(secret).ComputeTotp(StartOf(step));

    /// <summary>
    /// The step a code matches within the drift window, or null. Steps at or before <paramref name="lastUsedStep"/>
    /// are refused, so a code cannot be replayed. The comparison takes the same time whatever the code.
    /// </summary>
    public static long? Verify(byte[] secret, string? code, DateTimeOffset now, long? lastUsedStep)
    {
        var candidate = code?.Replace(" ", "", StringComparison.Ordinal);
        if (candidate is not { Length: Digits } || !candidate.All(char.IsAsciiDigit))
        {
            return null;
        }
        var current = StepAt(now);
        var latest = current + AllowedDriftSteps;
        var earliest = current - AllowedDriftSteps;
        if (lastUsedStep is { } last)
        {
            earliest = Math.Max(earliest, last + 1);
        }
        if (earliest > latest)
        {
            return null;
        }
        var window = new VerificationWindow(previous: (int)(latest - earliest), future: 0);
        return Generator(secret).VerifyTotp(StartOf(latest), candidate, out var matched, window) ? matched : null;
    }

    /// <summary>The otpauth URI authenticator apps read from a QR code.</summary>
    public static string ProvisioningUri(byte[] secret, string accountName, string issuer) =>
        new OtpUri(OtpType.Totp, secret, accountName, issuer, OtpHashMode.Sha1, Digits, StepSeconds).ToString();

    private static OtpNet.Totp Generator(byte[] secret) => new(secret, StepSeconds, OtpHashMode.Sha1, Digits);

    private static DateTime StartOf(long step) => DateTime.UnixEpoch.AddSeconds(step * StepSeconds);
}
