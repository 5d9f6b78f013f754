namespace VioConcierge.Core.Integrations;

/// <summary>
/// Thrown by an <see cref="ISecretStore"/> that cannot be reached right now (throttled, unavailable, timed out) after
/// its own retries: the same request succeeds once the store is back, so callers answer 503 with Retry-After and never
/// fall back to another store. <see cref="Reason"/> names the failure (a status, never a value): safe to log.
/// </summary>
public sealed class SecretStoreUnavailableException(string reason, Exception? inner = null)
    : Exception($"The secret store is unavailable ({reason}).", inner)
{
    public string Reason { get; } = reason;
}
