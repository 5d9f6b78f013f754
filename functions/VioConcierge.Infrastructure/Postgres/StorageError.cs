namespace VioConcierge.Infrastructure.Postgres;

/// <summary>The storage failures a caller can act on; <see cref="None"/> is any other (a defect).</summary>
public enum StorageError
{
    None,

    /// <summary>A unique key already exists.</summary>
    Duplicate,

    /// <summary>A concurrent transaction changed the same rows; retrying may succeed.</summary>
    ConcurrentChange,

    /// <summary>The database (restart, failover, too many connections) or the secret store (throttled, failing) is briefly unreachable.</summary>
    Unavailable,
}
