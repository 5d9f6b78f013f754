using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// The shell around <see cref="ReminderDecider"/>: loads the contact's reminder under a row lock, decides, gives a
/// decision to dial its dialling slot or defers it (<see cref="ReminderDialSlots"/>), saves the new state and carries
/// out the commands, all in the caller's tenant transaction.
/// </summary>
public sealed class ReminderEngine(
    IReminderStore reminders, ReminderCommandRunner runner, ReminderDialSlots dialSlots, TenantSettings settings, TimeProvider time) : IReminderEvents
{
    Task IReminderEvents.ApplyAsync(IUnitOfWork uow, Guid contactId, ReminderEvent @event, CancellationToken ct) =>
        ApplyAsync(uow, contactId, @event, null, ct);

    public async Task<ReminderState> ApplyAsync(IUnitOfWork uow, Guid contactId, ReminderEvent @event, ReminderPolicy? policy, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var row = await reminders.FindForUpdateAsync(uow, contactId, ct) ?? await reminders.CreateOrLockAsync(uow, new ReminderRow
        {
            TenantId = uow.TenantId!.Value,
            Id = Ids.New(time),
            ContactId = contactId,
            CreatedAt = now,
            UpdatedAt = now,
        }, ct);
        var state = row.ToState();
        policy ??= await settings.ReminderPolicyAsync(uow, ct);
        return await CarryOutAsync(uow, row, state, ReminderDecider.Decide(state, @event, now, policy), policy, now, ct);
    }

    /// <summary>
    /// The contact's reminder as it stands, with the policy and the moment to decide it by: what an orchestration needs
    /// to run <see cref="ReminderDecider"/> itself. Null when the contact has no reminder.
    /// </summary>
    public async Task<ReminderSnapshot?> SnapshotAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct)
    {
        if (await reminders.FindAsync(uow, contactId, ct) is not { } row)
        {
            return null;
        }
        return new ReminderSnapshot(row.ToState(), await settings.ReminderPolicyAsync(uow, ct), time.GetUtcNow(), row.Version);
    }

    /// <summary>
    /// Carries out a decision made on <paramref name="snapshot"/> elsewhere (an orchestration), as
    /// <see cref="ApplyAsync(IUnitOfWork, Guid, ReminderEvent, ReminderPolicy?, CancellationToken)"/> carries out its
    /// own: false, changing nothing, when the reminder has changed since (decide again on what it is now).
    /// </summary>
    public async Task<bool> CarryOutAsync(IUnitOfWork uow, Guid contactId, ReminderSnapshot snapshot, Decision decision, CancellationToken ct)
    {
        if (await reminders.FindForUpdateAsync(uow, contactId, ct) is not { } row || row.Version != snapshot.Version)
        {
            return false;
        }
        await CarryOutAsync(uow, row, row.ToState(), decision, snapshot.Policy, snapshot.Now, ct);
        return true;
    }

    /// <summary>Gives a decision to dial its dialling slot (or defers it), then saves the new state and carries out its commands.</summary>
    private async Task<ReminderState> CarryOutAsync(
        IUnitOfWork uow, ReminderRow row, ReminderState state, Decision decided, ReminderPolicy policy, DateTimeOffset now, CancellationToken ct)
    {
        var decision = (await dialSlots.AdmitAsync(uow, [decided], policy, ct))[0];
        if (decision.State == state && decision.Commands.Count == 0)
        {
            return state;
        }
        row.Apply(decision.State, now);
        await reminders.SaveAsync(uow, row, ct);
        await runner.RunAsync(uow, row, decision.Commands, now, ct);
        return decision.State;
    }

    /// <summary>
    /// <see cref="ApplyAsync"/> for many contacts at once with the same outcome, in a fixed number of statements
    /// (lock or create every reminder, save the changed ones, write their commands): how syncs of imports and bulk
    /// changes stay fast. Returns each contact's new state.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ReminderState>> ApplyManyAsync(
        IUnitOfWork uow, IReadOnlyDictionary<Guid, ReminderEvent> events, ReminderPolicy policy, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return new Dictionary<Guid, ReminderState>();
        }
        var now = time.GetUtcNow();
        var rows = await reminders.CreateOrLockManyAsync(uow, events.Keys.ToList(), () => Ids.New(time), now, ct);
        var states = new Dictionary<Guid, ReminderState>(rows.Count);
        var changed = new List<(ReminderRow Row, IReadOnlyList<ReminderCommand> Commands)>();
        var before = rows.Select(row => row.ToState()).ToArray();
        var decisions = await dialSlots.AdmitAsync(uow, rows.Select((row, i) => ReminderDecider.Decide(before[i], events[row.ContactId], now, policy)).ToArray(), policy, ct);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, decision) = (rows[i], decisions[i]);
            states[row.ContactId] = decision.State;
            if (!ReferenceEquals(decision.State, before[i]) || decision.Commands.Count > 0)
            {
                row.Apply(decision.State, now);
                changed.Add((row, decision.Commands));
            }
        }
        await reminders.SaveManyAsync(uow, changed.Select(c => c.Row).ToList(), ct);
        await runner.RunManyAsync(uow, changed, now, ct);
        return states;
    }
}
