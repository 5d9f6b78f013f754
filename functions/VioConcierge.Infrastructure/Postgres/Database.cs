using Dapper;
using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Opens transactions with their row-level-security scope set transaction-locally, so a pooled connection
/// never carries one tenant's scope into another request.
/// </summary>
public sealed class Database(NpgsqlDataSource dataSource)
{
    private const string PlatformScope = "platform";
    private const string TenantScope = "tenant";

    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>A transaction that sees only <paramref name="tenantId"/>'s rows.</summary>
    public Task<UnitOfWork> BeginTenantAsync(Guid tenantId, CancellationToken ct) => BeginAsync(tenantId, ct);

    /// <summary>A transaction for platform work (super admin, login by email, the dispatcher): sees every tenant.</summary>
    public Task<UnitOfWork> BeginPlatformAsync(CancellationToken ct) => BeginAsync(null, ct);

    /// <summary>
    /// Runs <paramref name="command"/> seeing only <paramref name="tenantId"/>'s rows, in ONE round trip: the scope and
    /// the statement go as one prepared batch (prepared once per pooled connection) and run as one implicit
    /// transaction, committed together or not at all. <paramref name="read"/> reads the statement's first row. For hot
    /// paths whose whole work is a single statement.
    /// </summary>
    public async Task<T> QueryTenantOnceAsync<T>(Guid tenantId, NpgsqlBatchCommand command, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT set_config('app.tenant_id', $1, true), set_config('app.scope', $2, true)")
                {
                    Parameters = { new NpgsqlParameter<string> { TypedValue = tenantId.ToString() }, new NpgsqlParameter<string> { TypedValue = TenantScope } },
                },
                command,
            },
        };
        await batch.PrepareAsync(ct);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException("The statement returned no row.");
        }
        return read(reader);
    }

    private async Task<UnitOfWork> BeginAsync(Guid? tenantId, CancellationToken ct)
    {
        var connection = await DataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT set_config('app.tenant_id', @tenant, true), set_config('app.scope', @scope, true)",
                new { tenant = tenantId?.ToString() ?? "", scope = tenantId is null ? PlatformScope : TenantScope },
                transaction, cancellationToken: ct));
            return new UnitOfWork(connection, transaction, tenantId);
        }
        catch (Exception)
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
