using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The contact as calling sees and changes it: the facts a call or a reminder decision needs (with the tenant's state and
/// the do-not-call list), and the one place a call's result, a flag or an opt-out is written to the contact.
/// </summary>
public interface IContactCallState
{
    /// <summary>What a call to <paramref name="contactId"/> needs, with its tenant's name, status and zone; null when there is no such contact.</summary>
    Task<CallFacts?> CallFactsAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct);

    /// <summary>What deciding the reminders of <paramref name="contactIds"/> needs, in id order (missing contacts left out).</summary>
    Task<IReadOnlyList<ContactReminderFacts>> ReminderFactsAsync(IUnitOfWork uow, IReadOnlyList<Guid> contactIds, CancellationToken ct);

    /// <summary>Records the contact's last call: its outcome and when it ended (neither the contact's version nor its status change).</summary>
    Task RecordLastCallAsync(IUnitOfWork uow, Guid contactId, string outcome, DateTimeOffset endedAt, CancellationToken ct);

    /// <summary>Applies what a call meant for the contact (<see cref="ContactCallResult"/>) as a new version of it.</summary>
    Task ApplyCallResultAsync(IUnitOfWork uow, Guid contactId, ContactCallResult result, DateTimeOffset now, CancellationToken ct);

    /// <summary>Flags the contact for staff attention with <paramref name="reason"/> (e.g. its number is invalid).</summary>
    Task FlagAsync(IUnitOfWork uow, Guid contactId, string reason, CancellationToken ct);

    /// <summary>True when an earlier call found the contact's number invalid.</summary>
    Task<bool> IsFlaggedInvalidNumberAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct);

    /// <summary>Sets whether the contact opted out of calls; false when there is no such (undeleted) contact.</summary>
    Task<bool> SetOptedOutAsync(IUnitOfWork uow, Guid contactId, bool optedOut, DateTimeOffset now, CancellationToken ct);

    /// <summary>The undeleted contacts with the number <paramref name="phone"/> (E.164).</summary>
    Task<IReadOnlyList<Guid>> IdsWithPhoneAsync(IUnitOfWork uow, string phone, CancellationToken ct);
}
