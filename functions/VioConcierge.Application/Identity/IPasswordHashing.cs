
namespace VioConcierge.Application.Identity;

/// <summary>
/// PBKDF2 (HMAC-SHA512) password hashing through Identity's <see cref="PasswordHasher{TUser}"/> at no fewer than
/// 210,000 iterations. Unknown users are verified against a dummy hash so response time does not reveal them.
/// </summary>
public interface IPasswordHashing
{
    string Hash(string password);

    /// <summary>Checks a password; <paramref name="rehash"/> is set when the stored hash uses weaker parameters.</summary>
    bool Verify(string hash, string password, out bool rehash);

    /// <summary>Spends the same time as a real check, for an email that matches no user.</summary>
    void VerifyDummy(string password);
}
