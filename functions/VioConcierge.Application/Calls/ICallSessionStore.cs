using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Call sessions. A session is created once per idempotency key (reminder id + attempt, or a Call Now request), so
/// recording the intent to dial twice yields the same session and the provider is never asked twice.
/// </summary>
public interface ICallSessionStore
{
    /// <summary>
    /// Inserts the session unless its idempotency key exists; returns the stored session either way (a try deferred
    /// before dialling gets a new key from the reminder's next timer, so it is a new session).
    /// </summary>
    Task<CallSessionRow> CreateOnceAsync(IUnitOfWork uow, CallSessionRow session, CancellationToken ct);

    /// <summary>
    /// <see cref="CreateOnceAsync"/> for many sessions of the transaction's tenant: one insert for all, then one read
    /// of those whose idempotency key already existed. Returns the session of each key.
    /// </summary>
    Task<IReadOnlyDictionary<string, CallSessionRow>> CreateOnceManyAsync(IUnitOfWork uow, IReadOnlyList<CallSessionRow> sessions, CancellationToken ct);

    Task<CallSessionRow?> FindAsync(IUnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct);

    Task<CallSessionRow?> FindByAttemptAsync(IUnitOfWork uow, Guid reminderId, int attempt, CancellationToken ct);

    Task SaveAsync(IUnitOfWork uow, CallSessionRow session, CancellationToken ct);

    Task<IEnumerable<CallSessionRow>> ForContactAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct);

    /// <summary>The outcomes of the tenant's <paramref name="limit"/> latest ended calls, newest first.</summary>
    Task<IReadOnlyList<string>> RecentOutcomesAsync(IUnitOfWork uow, int limit, CancellationToken ct);

    /// <summary>How many manual (Call Now) calls the contact has had, and whether any call to it started after <paramref name="since"/>.</summary>
    Task<(long Manual, bool Recent)> ManualCallHistoryAsync(IUnitOfWork uow, Guid contactId, DateTimeOffset since, CancellationToken ct);

    /// <summary>True when a call to the contact started after <paramref name="since"/>.</summary>
    Task<bool> CalledSinceAsync(IUnitOfWork uow, Guid contactId, DateTimeOffset since, CancellationToken ct);
}
