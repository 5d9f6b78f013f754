using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Reminders;

/// <summary>Reminder rows of the transaction's tenant, read with a row lock so one decision runs at a time.</summary>
public interface IReminderStore
{
    Task<ReminderRow?> FindForUpdateAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct);

    Task<ReminderRow?> FindByIdForUpdateAsync(IUnitOfWork uow, Guid id, CancellationToken ct);

    /// <summary>
    /// Creates the row unless another transaction just did; returns it locked either way (a row this transaction
    /// inserted is invisible to others, and their inserts of the same contact wait for it, until it ends).
    /// </summary>
    Task<ReminderRow> CreateOrLockAsync(IUnitOfWork uow, ReminderRow row, CancellationToken ct);

    /// <summary>
    /// The reminders of these contacts, created where missing, locked in contact order (so two batches never wait on
    /// each other in a cycle): two statements for any number of contacts.
    /// </summary>
    Task<IReadOnlyList<ReminderRow>> CreateOrLockManyAsync( IUnitOfWork uow, IReadOnlyList<Guid> contactIds, Func<Guid> newId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Saves many reminders in one statement (each row as <see cref="SaveAsync"/> would).</summary>
    Task SaveManyAsync(IUnitOfWork uow, IReadOnlyList<ReminderRow> rows, CancellationToken ct);

    Task SaveAsync(IUnitOfWork uow, ReminderRow row, CancellationToken ct);

    /// <summary>Ids of the tenant's reminders that a pause or resume affects.</summary>
    Task<IReadOnlyList<Guid>> ContactsInStatusAsync(IUnitOfWork uow, string[] statuses, CancellationToken ct);

    /// <summary>The contact's reminder, if it has one (no lock).</summary>
    Task<ReminderRow?> FindAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct);
}
