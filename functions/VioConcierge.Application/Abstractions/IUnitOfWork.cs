namespace VioConcierge.Application.Abstractions;

/// <summary>
/// One storage transaction, scoped to a tenant (the stores see only that tenant's rows) or to the platform. Every store
/// call given this unit of work joins it; nothing is kept unless <see cref="CommitAsync"/> succeeds, and disposing
/// without committing rolls everything back.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    /// <summary>The tenant this transaction is scoped to; null in platform scope.</summary>
    Guid? TenantId { get; }

    /// <summary>
    /// Scopes the rest of this tenant transaction to <paramref name="tenantId"/>, as if it had been begun for it: for
    /// work run in batches across tenants, one commit for many items. Not allowed in platform scope.
    /// </summary>
    Task ScopeToTenantAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Runs <paramref name="action"/> after a successful commit (e.g. waking a worker).</summary>
    void OnCommitted(Action action);

    /// <summary>
    /// Runs <paramref name="undo"/> when the transaction ends without committing: for what was done outside it on its
    /// behalf. Best effort: a failing undo is not reported.
    /// </summary>
    void OnRolledBack(Func<Task> undo);

    /// <summary>
    /// Plans each statement of this transaction for its own arguments: for bulk work over thousands of ids, where one
    /// generic plan is far slower.
    /// </summary>
    Task PlanEachStatementAsync(CancellationToken ct);

    Task CommitAsync(CancellationToken ct);
}
