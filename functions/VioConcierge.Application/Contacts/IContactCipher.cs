
namespace VioConcierge.Application.Contacts;

/// <summary>
/// Encrypts a contact's notes and special instructions at rest (AES-256-GCM, key id in the value so keys can
/// rotate), each bound to its tenant, contact and field.
/// </summary>
public interface IContactCipher
{
    string? Protect(Guid tenantId, Guid contactId, string field, string? plaintext);

    string? Unprotect(Guid tenantId, Guid contactId, string field, string? stored);
}
