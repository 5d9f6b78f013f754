using Npgsql;
using VioConcierge.Application.Calls;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Calls;

/// <summary>
/// The platform-wide dialling slot (migration 0013). Each take or give-back is one statement in a transaction of its
/// own, committed at once without waiting for the WAL flush, so the platform lock is held for that statement only,
/// not until a placement commits. A count lost in a server crash lets a few more calls through in that minute.
/// It runs on a small pool of its own: a placement asks for it while holding its tenant transaction's connection
/// (and the tenant's lock), and waiting for the shared pool could then deadlock with requests queued behind that lock.
/// </summary>
public sealed class PlatformCallSlots : IPlatformCallSlots, IAsyncDisposable
{
    public const int PoolSize = 4;
    private readonly NpgsqlDataSource _pool;

    public PlatformCallSlots(PostgresOptions options)
    {
        _pool = PostgresDataSource.Plain(options.ConnectionString, options.Credential, connection =>
        {
            connection.MaxPoolSize = PoolSize;
            connection.ApplicationName = "vioconcierge-platform-slots";
        });
    }

    /// <summary>
    /// Takes up to <paramref name="wanted"/> slots of the platform's rolling <paramref name="window"/>; when it cannot
    /// give them all, also the moment the oldest second of the full window leaves it.
    /// </summary>
    public async Task<(int Granted, DateTimeOffset? Oldest)> TryTakeAsync(DateTimeOffset now, TimeSpan window, int perWindow, int wanted, CancellationToken ct)
    {
        await using var connection = await _pool.OpenConnectionAsync(ct);
        await using var batch = AsyncCommit(connection, "SELECT granted, oldest FROM take_platform_call_slots($1, $2, $3, $4)",
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
            new NpgsqlParameter<TimeSpan> { TypedValue = window },
            new NpgsqlParameter<int> { TypedValue = perWindow },
            new NpgsqlParameter<int> { TypedValue = wanted });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>Returns <paramref name="count"/> slots taken at <paramref name="takenAt"/> when their placements do not go ahead.</summary>
    public async Task GiveBackAsync(DateTimeOffset takenAt, int count, CancellationToken ct)
    {
        await using var connection = await _pool.OpenConnectionAsync(ct);
        await using var batch = AsyncCommit(connection, "SELECT give_back_platform_call_slots($1, $2)",
            new NpgsqlParameter<DateTimeOffset> { TypedValue = takenAt },
            new NpgsqlParameter<int> { TypedValue = count });
        await batch.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    /// <summary>One implicit transaction: asynchronous commit for it alone, then the statement.</summary>
    private static NpgsqlBatch AsyncCommit(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        var statement = new NpgsqlBatchCommand(sql);
        statement.Parameters.AddRange(parameters);
        return new NpgsqlBatch(connection)
        {
            BatchCommands = { new NpgsqlBatchCommand("SELECT set_config('synchronous_commit', 'off', true)"), statement },
        };
    }
}
