
namespace VioConcierge.Application.Security;

/// <summary>
/// AES-256-GCM encryption of single values at rest. The stored form is <c>v1.{keyId}.{base64(nonce|tag|cipher)}</c>;
/// the purpose (e.g. <c>totp:{userId}</c>) is bound as associated data, so a value copied to another row fails.
/// </summary>
public interface IFieldProtector
{
    string Protect(string plaintext, string purpose);

    string Unprotect(string stored, string purpose);
}
