namespace VioConcierge.FakeKeyVault;

/// <summary>
/// The fake vault's secrets, as Key Vault keeps them: names case-insensitive; each set adds a version (32 hex digits);
/// a deleted secret keeps its versions in the deleted state (soft delete) until it is recovered or purged, and its name
/// cannot be set meanwhile (409 <c>ObjectIsDeletedButRecoverable</c>).
/// </summary>
public sealed class FakeVaultSecrets(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<FakeSecretVersion>> _live = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (List<FakeSecretVersion> Versions, long DeletedOn)> _deleted = new(StringComparer.OrdinalIgnoreCase);

    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>The new version, or null when the name is held by a deleted secret.</summary>
    public FakeSecretVersion? Set(string name, string value, string? contentType, IReadOnlyDictionary<string, string>? tags)
    {
        lock (_lock)
        {
            if (_deleted.ContainsKey(name))
            {
                return null;
            }
            var version = new FakeSecretVersion(name, Guid.NewGuid().ToString("N"), value, contentType, tags, true, Now, Now);
            (_live.TryGetValue(name, out var versions) ? versions : _live[name] = []).Add(version);
            return version;
        }
    }

    /// <summary>The latest version (<paramref name="version"/> null or empty) or the named one.</summary>
    public FakeSecretVersion? Get(string name, string? version)
    {
        lock (_lock)
        {
            return !_live.TryGetValue(name, out var versions) ? null
                : string.IsNullOrEmpty(version) ? versions[^1]
                : versions.FirstOrDefault(v => string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase));
        }
    }

    public IReadOnlyList<FakeSecretVersion>? Versions(string name)
    {
        lock (_lock)
        {
            return _live.TryGetValue(name, out var versions) ? versions.ToList() : null;
        }
    }

    public FakeSecretVersion? Update(string name, string version, bool? enabled, string? contentType, IReadOnlyDictionary<string, string>? tags)
    {
        lock (_lock)
        {
            var index = _live.TryGetValue(name, out var versions) ? versions.FindIndex(v => v.Version == version) : -1;
            if (versions is null || index < 0)
            {
                return null;
            }
            var current = versions[index];
            return versions[index] = current with
            {
                Enabled = enabled ?? current.Enabled,
                ContentType = contentType ?? current.ContentType,
                Tags = tags ?? current.Tags,
                Updated = Now,
            };
        }
    }

    public (FakeSecretVersion Latest, long DeletedOn)? Delete(string name)
    {
        lock (_lock)
        {
            if (!_live.Remove(name, out var versions))
            {
                return null;
            }
            _deleted[name] = (versions, Now);
            return (versions[^1], Now);
        }
    }

    public (FakeSecretVersion Latest, long DeletedOn)? Deleted(string name)
    {
        lock (_lock)
        {
            return _deleted.TryGetValue(name, out var deleted) ? (deleted.Versions[^1], deleted.DeletedOn) : null;
        }
    }

    public FakeSecretVersion? Recover(string name)
    {
        lock (_lock)
        {
            if (!_deleted.Remove(name, out var deleted))
            {
                return null;
            }
            _live[name] = deleted.Versions;
            return deleted.Versions[^1];
        }
    }

    public bool Purge(string name)
    {
        lock (_lock)
        {
            return _deleted.Remove(name);
        }
    }

    /// <summary>Every live secret's name (for tests: what the vault holds).</summary>
    public IReadOnlyList<string> Names()
    {
        lock (_lock)
        {
            return _live.Keys.ToList();
        }
    }
}
