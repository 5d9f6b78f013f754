namespace VioConcierge.FakeKeyVault;

/// <summary>Key Vault's JSON shapes (secret bundle, item, deleted bundle, error), as the REST reference documents them.</summary>
public static class FakeVaultJson
{
    private const int RecoverableDays = 90;

    public static Dictionary<string, object?> Bundle(Uri vault, FakeSecretVersion secret, bool withValue)
    {
        var bundle = new Dictionary<string, object?>
        {
            ["id"] = new Uri(vault, $"secrets/{secret.Name}/{secret.Version}").ToString(),
            ["attributes"] = new Dictionary<string, object?>
            {
                ["enabled"] = secret.Enabled,
                ["created"] = secret.Created,
                ["updated"] = secret.Updated,
                ["recoveryLevel"] = "Recoverable+Purgeable",
                ["recoverableDays"] = RecoverableDays,
            },
        };
        if (withValue)
        {
            bundle["value"] = secret.Value;
        }
        if (secret.ContentType is { } contentType)
        {
            bundle["contentType"] = contentType;
        }
        if (secret.Tags is { } tags)
        {
            bundle["tags"] = tags;
        }
        return bundle;
    }

    public static Dictionary<string, object?> Deleted(Uri vault, FakeSecretVersion latest, long deletedOn)
    {
        var bundle = Bundle(vault, latest, withValue: false);
        bundle["recoveryId"] = new Uri(vault, $"deletedsecrets/{latest.Name}").ToString();
        bundle["deletedDate"] = deletedOn;
        bundle["scheduledPurgeDate"] = deletedOn + RecoverableDays * 86_400L;
        return bundle;
    }

    public static object Error(string code, string message, string? innerCode = null) => innerCode is null
        ? new { error = new { code, message } }
        : new { error = new { code, message, innererror = new { code = innerCode } } };
}
