using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Failures that say "the database is not there right now", not "this request is wrong": connections refused, broken
/// or timed out, an exhausted pool, a server shutting down or starting (57P01-57P03), connection errors (class 08) and
/// exhausted resources (class 53). The same request succeeds once the database is back, so callers are told to retry
/// (503 with Retry-After) and background work is retried without counting an attempt.
/// </summary>
public static class TransientDatabaseErrors
{
    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsTransientState(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }
        return false;
    }

    private static bool IsTransientState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
}
