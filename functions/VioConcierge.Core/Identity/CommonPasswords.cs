using System.Collections.Frozen;

namespace VioConcierge.Core.Identity;

/// <summary>
/// Widely breached passwords and their decorated forms ("Password123!"): a password whose letters and digits,
/// with trailing digits and symbols removed, form one of these words is refused.
/// </summary>
public static class CommonPasswords
{
    private static readonly FrozenSet<string> Stems = new[]
    {
        "password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty", "qwertyuiop", "letmein", "welcome", "admin",
        "administrator", "iloveyou", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "master",
        "shadow", "superman", "trustno", "abc", "abcdef", "changeme", "secret", "login", "starwars", "whatever",
        "freedom", "hello", "charlie", "summer", "winter", "spring", "autumn", "liverpool", "arsenal", "chelsea",
        "london", "england", "vioconcierge", "qazwsx", "zaq", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "pass",
        "test", "guest", "default", "computer", "internet", "access", "mustang", "michael", "jennifer", "jordan",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Exact = new[]
    {
        "123456789012", "1234567890", "12345678", "87654321", "11111111", "000000000000", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "qwerty123456", "aa123456",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCommon(string password)
    {
        var lowered = password.ToLowerInvariant();
        if (Exact.Contains(lowered))
        {
            return true;
        }
        var stem = lowered.TrimEnd("0123456789!@#$%^&*()-_=+.?~ ".ToCharArray());
        stem = stem.TrimStart("0123456789!@#$%^&*()-_=+.?~ ".ToCharArray());
        return stem.Length == 0 || Stems.Contains(stem);
    }
}
