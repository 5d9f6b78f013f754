using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Identity;

namespace VioConcierge.Infrastructure.Identity;

/// <summary>
/// PBKDF2 (HMAC-SHA512) password hashing through Identity's <see cref="PasswordHasher{TUser}"/> at no fewer than
/// 210,000 iterations. Unknown users are verified against a dummy hash so response time does not reveal them.
/// </summary>
public sealed class PasswordHashing : IPasswordHashing
{
    public const int MinimumIterations = 210_000;
    private readonly PasswordHasher<object> _hasher;
    private readonly string _dummyHash;

    public PasswordHashing(IOptions<SecurityOptions> options)
    {
        var iterations = Math.Max(MinimumIterations, options.Value.PasswordHashIterations);
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));
        _dummyHash = _hasher.HashPassword(new object(), "not-a-real-password-" + Guid.NewGuid());
    }

    public string Hash(string password) => _hasher.HashPassword(new object(), password);

    /// <summary>Checks a password; <paramref name="rehash"/> is set when the stored hash uses weaker parameters.</summary>
    public bool Verify(string hash, string password, out bool rehash)
    {
        var result = _hasher.VerifyHashedPassword(new object(), hash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Spends the same time as a real check, for an email that matches no user.</summary>
    public void VerifyDummy(string password) => _hasher.VerifyHashedPassword(new object(), _dummyHash, password);
}
