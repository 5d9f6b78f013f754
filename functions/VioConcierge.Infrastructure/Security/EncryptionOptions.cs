namespace VioConcierge.Infrastructure.Security;

/// <summary>
/// Keys for encrypting sensitive columns (section <c>Encryption</c>): <c>Keys:{id}</c> = base64 of 32 random bytes,
/// <c>ActiveKeyId</c> names the key new values use. Old keys stay listed so existing values still decrypt.
/// In Azure these come from Key Vault references; locally from local.settings.json.
/// </summary>
public sealed class EncryptionOptions
{
    public const string SectionName = "Encryption";

    public string ActiveKeyId { get; set; } = "";

    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The key the search blind index derives from; defaults to <see cref="ActiveKeyId"/>. Keep it fixed.</summary>
    public string? IndexKeyId { get; set; }
}
