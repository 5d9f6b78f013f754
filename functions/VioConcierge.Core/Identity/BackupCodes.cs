using System.Security.Cryptography;
using System.Text;

namespace VioConcierge.Core.Identity;

/// <summary>
/// One-time backup codes for when the authenticator is lost: ten codes of ten characters (about 50 bits each),
/// shown once and stored only as SHA-256 hashes.
/// </summary>
public static class BackupCodes
{
    public const int Count = 10;
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static IReadOnlyList<string> Generate() =>
        Enumerable.Range(0, Count).Select(_ => NewCode()).ToArray();

    public static string Normalise(string code) =>
        code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    public static byte[] Hash(string code) => SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code)));

    private static string NewCode()
    {
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
    }
}
