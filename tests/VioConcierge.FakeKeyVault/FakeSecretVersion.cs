namespace VioConcierge.FakeKeyVault;

/// <summary>One version of a secret in the fake vault; times in Unix seconds, as Key Vault reports them.</summary>
public sealed record FakeSecretVersion(
    string Name, string Version, string Value, string? ContentType, IReadOnlyDictionary<string, string>? Tags, bool Enabled, long Created, long Updated);
