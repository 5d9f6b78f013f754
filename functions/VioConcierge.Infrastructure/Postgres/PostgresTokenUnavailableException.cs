using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// No Microsoft Entra token could be had for PostgreSQL (the managed identity endpoint failed or refused). Transient,
/// as an unreachable server is (<see cref="TransientDatabaseErrors"/>): callers get 503 with Retry-After, background
/// work waits. The message names the credential's failure, never a token.
/// </summary>
public sealed class PostgresTokenUnavailableException(Exception inner)
    : NpgsqlException("No Microsoft Entra access token for PostgreSQL: " + inner.Message, inner)
{
    public override bool IsTransient => true;
}
