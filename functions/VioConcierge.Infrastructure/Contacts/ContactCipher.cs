using VioConcierge.Application.Contacts;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// Encrypts a contact's notes and special instructions at rest (AES-256-GCM, key id in the value so keys can
/// rotate), each bound to its tenant, contact and field.
/// </summary>
public sealed class ContactCipher(FieldProtector protector) : IContactCipher
{
    public string? Protect(Guid tenantId, Guid contactId, string field, string? plaintext) =>
        plaintext is null ? null : protector.Protect(plaintext, Purpose(tenantId, contactId, field));

    public string? Unprotect(Guid tenantId, Guid contactId, string field, string? stored) =>
        stored is null ? null : protector.Unprotect(stored, Purpose(tenantId, contactId, field));

    private static string Purpose(Guid tenantId, Guid contactId, string field) => $"contact:{tenantId:N}:{contactId:N}:{field}";
}
