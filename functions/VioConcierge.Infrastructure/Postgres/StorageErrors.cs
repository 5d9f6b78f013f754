using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>What a storage exception means for a caller, so a host can answer without knowing the database.</summary>
public static class StorageErrors
{
    public static StorageError Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => StorageError.Duplicate,
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure } => StorageError.ConcurrentChange,
        _ when TransientDatabaseErrors.Is(exception) => StorageError.Unavailable,
        _ => StorageError.None,
    };

    /// <summary>The failure without a stack trace or server text (an SQLSTATE or an exception type): safe to log.</summary>
    public static string Describe(Exception exception) =>
        exception is PostgresException postgres ? postgres.SqlState : (exception.InnerException ?? exception).GetType().Name;
}
