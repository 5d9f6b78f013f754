using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// What this instance read from the vault (a value, or that there is none) for <c>Secrets:CacheDuration</c>, so a
/// webhook burst does not read the vault per delivery. <see cref="Forget"/> (this instance's own set or delete) drops
/// an entry, and a read that started before it is not stored, so this instance never serves a value it replaced;
/// other instances see a change once their entry expires. At most <see cref="MaxEntries"/> entries.
/// </summary>
public sealed class KeyVaultSecretCache(IOptions<SecretsOptions> options, TimeProvider time)
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (string? Value, DateTimeOffset Until)> _entries = new(StringComparer.OrdinalIgnoreCase);
    private long _generation;

    /// <summary>Taken before a read; the read's result is stored only if nothing was forgotten since.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string name, out string? value)
    {
        value = null;
        if (!_entries.TryGetValue(name, out var entry) || entry.Until <= time.GetUtcNow())
        {
            return false;
        }
        value = entry.Value;
        return true;
    }

    public void Store(string name, string? value, long generation)
    {
        var duration = options.Value.CacheDuration;
        if (duration <= TimeSpan.Zero || Generation != generation)
        {
            return;
        }
        var now = time.GetUtcNow();
        if (_entries.Count >= MaxEntries)
        {
            foreach (var expired in _entries.Where(entry => entry.Value.Until <= now).Select(entry => entry.Key).ToList())
            {
                _entries.TryRemove(expired, out _);
            }
            if (_entries.Count >= MaxEntries)
            {
                return;
            }
        }
        _entries[name] = (value, now + duration);
        if (Generation != generation)
        {
            _entries.TryRemove(name, out _);
        }
    }

    public void Forget(string name)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(name, out _);
    }
}
