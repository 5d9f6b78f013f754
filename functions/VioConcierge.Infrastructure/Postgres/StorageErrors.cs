using Npgsql;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// What a storage exception means for a caller, so a host can answer without knowing the database or the vault: a
/// secret store that is away (<see cref="SecretStoreUnavailableException"/>) is <see cref="StorageError.Unavailable"/>
/// as a database that is away.
/// </summary>
public static class StorageErrors
{
    public static StorageError Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => StorageError.Duplicate,
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure } => StorageError.ConcurrentChange,
        SecretStoreUnavailableException => StorageError.Unavailable,
        _ when TransientDatabaseErrors.Is(exception) => StorageError.Unavailable,
        _ => StorageError.None,
    };

    /// <summary>The failure without a stack trace or server text (an SQLSTATE or an exception type): safe to log.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState,
        SecretStoreUnavailableException secrets => secrets.Reason,
        _ => (exception.InnerException ?? exception).GetType().Name,
    };
}
