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
