using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// The shell around <see cref="ReminderDecider"/>: loads the contact's reminder under a row lock, decides, saves the
/// new state and carries out the commands, all in the caller's tenant transaction.
/// </summary>
public sealed class ReminderEngine(PostgresReminderStore reminders, ReminderCommandRunner runner, TenantSettings settings, TimeProvider time)
{
    public async Task<ReminderState> ApplyAsync(UnitOfWork uow, Guid contactId, ReminderEvent @event, ReminderPolicy? policy, CancellationToken ct)
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
        var decision = ReminderDecider.Decide(state, @event, now, policy ?? await settings.ReminderPolicyAsync(uow, ct));
        if (ReferenceEquals(decision.State, state) && decision.Commands.Count == 0)
        {
            return state;
        }
        row.Apply(decision.State, now);
        await reminders.SaveAsync(uow, row, ct);
        await runner.RunAsync(uow, row, decision.Commands, now, ct);
        return decision.State;
    }
}
