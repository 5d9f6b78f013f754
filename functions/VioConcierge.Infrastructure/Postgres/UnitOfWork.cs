using System.Data;
using Dapper;
using Npgsql;
using VioConcierge.Application.Abstractions;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// One database transaction, scoped to a tenant (row-level security sees only that tenant) or to the platform.
/// Actions registered with <see cref="OnCommitted"/> run after a successful commit (e.g. waking the dispatcher).
/// Disposing without committing rolls back.
/// </summary>
public sealed class UnitOfWork : IUnitOfWork
{
    private readonly List<Action> _afterCommit = [];
    private readonly List<Func<Task>> _afterRollback = [];
    private bool _committed;
    private bool _statementFailed;

    internal UnitOfWork(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid? tenantId)
    {
        Connection = connection;
        Transaction = transaction;
        TenantId = tenantId;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>The tenant this transaction is scoped to; null in platform scope.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>
    /// Scopes the rest of this tenant transaction to <paramref name="tenantId"/>: from the next statement on, row-level
    /// security sees only that tenant's rows, exactly as in a transaction begun for it. For work run in batches
    /// across tenants (<c>IBatchWorkHandler</c>), one commit for many items; what was done under the previous tenant
    /// stays part of the transaction. Not allowed in platform scope.
    /// </summary>
    public async Task ScopeToTenantAsync(Guid tenantId, CancellationToken ct)
    {
        if (TenantId is null)
        {
            throw new InvalidOperationException("A platform transaction cannot be scoped to a tenant.");
        }
        if (TenantId == tenantId)
        {
            return;
        }
        await ExecuteAsync("SELECT set_config('app.tenant_id', @Tenant, true)", new { Tenant = tenantId.ToString() }, ct);
        TenantId = tenantId;
    }

    public void OnCommitted(Action action) => _afterCommit.Add(action);

    /// <summary>
    /// Plans every statement of this transaction for its own parameters instead of the generic plan a prepared
    /// statement falls back to: for bulk work whose statements carry arrays of up to thousands of ids (measured in the
    /// contacts bench: bulk status p95 734 ms and imports up to 10.6 s with generic plans, 272 ms and 3.2 s without).
    /// </summary>
    public Task PlanEachStatementAsync(CancellationToken ct) => ExecuteAsync("SET LOCAL plan_cache_mode = force_custom_plan", null, ct);

    /// <summary>
    /// Runs <paramref name="undo"/> when the transaction ends without committing: for what was done outside it (in a
    /// transaction of its own) on its behalf. Best effort: a failing undo is not reported.
    /// </summary>
    public void OnRolledBack(Func<Task> undo) => _afterRollback.Add(undo);

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? args, CancellationToken ct) =>
        Tracked(Connection.QueryAsync<T>(Command(sql, args, ct)));

    /// <summary>Rows split into two objects at the column <paramref name="splitOn"/> (Dapper multi-mapping).</summary>
    public Task<IEnumerable<TReturn>> QueryAsync<TFirst, TSecond, TReturn>(
        string sql, object? args, Func<TFirst, TSecond, TReturn> map, string splitOn, CancellationToken ct) =>
        Tracked(Connection.QueryAsync(Command(sql, args, ct), map, splitOn));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? args, CancellationToken ct) =>
        Tracked(Connection.QuerySingleOrDefaultAsync<T>(Command(sql, args, ct)));

    public Task<T> QuerySingleAsync<T>(string sql, object? args, CancellationToken ct) =>
        Tracked(Connection.QuerySingleAsync<T>(Command(sql, args, ct)));

    public Task<int> ExecuteAsync(string sql, object? args, CancellationToken ct) =>
        Tracked(Connection.ExecuteAsync(Command(sql, args, ct)));

    public async Task CommitAsync(CancellationToken ct)
    {
        await Transaction.CommitAsync(ct);
        _committed = true;
        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    /// <summary>
    /// Rolls back unless committed and returns the connection to the pool, in every case (a connection the server
    /// dropped is discarded by the pool). After a statement failed, the connection's prepared statements are dropped
    /// first: Npgsql (10.0.3, npgsql/npgsql#6391) records a statement it was auto-preparing as prepared once PostgreSQL
    /// parsed it, before reading its row description; when that execution then fails at Bind (22021: a NUL in a text
    /// parameter), the next run of the same SQL on that connection reads the rows it returns as if there were none and
    /// fails with "Received unexpected backend message DataRow".
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_committed)
            {
                await RollBackAsync();
            }
            if (_statementFailed)
            {
                ForgetPreparedStatements();
            }
        }
        finally
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
            if (!_committed)
            {
                await UndoAsync();
            }
        }
    }

    private async Task<T> Tracked<T>(Task<T> statement)
    {
        try
        {
            return await statement;
        }
        catch (PostgresException)
        {
            _statementFailed = true;
            throw;
        }
    }

    private async Task RollBackAsync()
    {
        try
        {
            await Transaction.RollbackAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection broke (or the transaction already ended with it): there is nothing left to roll back.
        }
    }

    private void ForgetPreparedStatements()
    {
        if (Connection.State != ConnectionState.Open)
        {
            return;
        }
        try
        {
            Connection.UnprepareAll(); // DEALLOCATE ALL plus Npgsql's own bookkeeping; only after a failure, so rarely
        }
        catch (NpgsqlException)
        {
            // A broken connection is not returned to the pool's idle set: nothing prepared on it is reused.
        }
    }

    private CommandDefinition Command(string sql, object? args, CancellationToken ct) =>
        new(sql, args, Transaction, commandType: CommandType.Text, cancellationToken: ct);

    private async Task UndoAsync()
    {
        foreach (var undo in _afterRollback)
        {
            try
            {
                await undo();
            }
            catch (Exception)
            {
                // Best effort by contract: the undo only gives back what was taken conservatively.
            }
        }
    }
}
