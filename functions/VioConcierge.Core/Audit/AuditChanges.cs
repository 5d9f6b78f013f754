namespace VioConcierge.Core.Audit;

/// <summary>
/// Builds the before/after map of an audit entry. Fields whose names look like secrets (passwords, hashes,
/// tokens, keys, TOTP secrets) are never recorded, whatever the caller passes.
/// </summary>
public sealed class AuditChanges
{
    private static readonly string[] SecretMarkers =
    [
        "password", "hash", "secret", "token", "apikey", "api_key", "signingkey", "privatekey", "encryptionkey",
        "accesskey", "credential", "totp", "backupcode",
    ];

    private readonly Dictionary<string, FieldChange> _changes = new(StringComparer.Ordinal);

    public static bool IsSecretField(string field) =>
        SecretMarkers.Any(marker => field.Contains(marker, StringComparison.OrdinalIgnoreCase));

    public AuditChanges Set(string field, object? after) => Change(field, null, after);

    public AuditChanges Change(string field, object? before, object? after)
    {
        if (!IsSecretField(field) && !Equals(before, after))
        {
            _changes[field] = new FieldChange(before, after);
        }
        return this;
    }

    public IReadOnlyDictionary<string, FieldChange> Build() => _changes;
}
