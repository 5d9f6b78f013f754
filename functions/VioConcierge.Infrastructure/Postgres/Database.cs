using Dapper;
using Npgsql;
using VioConcierge.Application.Abstractions;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Opens transactions with their row-level-security scope set transaction-locally, so a pooled connection
/// never carries one tenant's scope into another request.
/// </summary>
public sealed class Database(NpgsqlDataSource dataSource) : ITransactions
{
    private const string PlatformScope = "platform";
    private const string TenantScope = "tenant";

    /// <summary>The tenant scope and generic plans, transaction-locally (<see cref="QueryEachTenantOnceAsync{T}"/>).</summary>
    private const string HotPathScopeSql =
        "SELECT set_config('app.tenant_id', $1, true), set_config('app.scope', $2, true), set_config('plan_cache_mode', 'force_generic_plan', true)";

    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>A transaction that sees only <paramref name="tenantId"/>'s rows.</summary>
    public Task<UnitOfWork> BeginTenantAsync(Guid tenantId, CancellationToken ct) => BeginAsync(tenantId, ct);

    /// <summary>A transaction for platform work (super admin, login by email, the dispatcher): sees every tenant.</summary>
    public Task<UnitOfWork> BeginPlatformAsync(CancellationToken ct) => BeginAsync(null, ct);

    async Task<IUnitOfWork> ITransactions.BeginTenantAsync(Guid tenantId, CancellationToken ct) => await BeginTenantAsync(tenantId, ct);

    async Task<IUnitOfWork> ITransactions.BeginPlatformAsync(CancellationToken ct) => await BeginPlatformAsync(ct);

    /// <summary>
    /// Runs each statement seeing only its own tenant's rows, all in ONE round trip and one implicit transaction
    /// (committed together or not at all): each statement goes after its tenant's scope in one prepared batch.
    /// Returns each statement's rows, read by <paramref name="read"/>. For hot paths: the statements are prepared once
    /// per pooled connection and planned once (generic plans are forced; PostgreSQL would otherwise keep re-planning a
    /// statement over arrays, whose custom plans look cheaper), so write them to be good whatever their parameters.
    /// </summary>
    public async Task<IReadOnlyList<T>[]> QueryEachTenantOnceAsync<T>(
        IReadOnlyList<(Guid TenantId, NpgsqlBatchCommand Command)> statements, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (tenantId, command) in statements)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(HotPathScopeSql)
            {
                Parameters = { new NpgsqlParameter<string> { TypedValue = tenantId.ToString() }, new NpgsqlParameter<string> { TypedValue = TenantScope } },
            });
            batch.BatchCommands.Add(command);
        }
        await batch.PrepareAsync(ct);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var results = new IReadOnlyList<T>[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync(ct); // to this statement's scope
            }
            await reader.NextResultAsync(ct); // past the scope, to the statement
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }
            results[i] = rows;
        }
        return results;
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
