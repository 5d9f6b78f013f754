using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Work;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// A reminder's timer fired: dial now, or hold the reminder if the tenant is not active. Timers due together run in
/// batches: one transaction for the batch, scoped to each tenant in turn, whose reminders are decided together
/// (<see cref="ReminderEngine.ApplyManyAsync"/>) and whose items complete in one statement.
/// </summary>
public sealed class ReminderTimerHandler(ITransactions database, ReminderEngine engine, TenantSettings settings)
    : TenantWorkHandler<TimerPayload>(database), IBatchWorkHandler
{
    private readonly ITransactions _database = database;

    public override string Kind => WorkKinds.Timer;

    protected override async Task HandleAsync(IUnitOfWork uow, TimerPayload payload, CancellationToken ct)
    {
        var (policy, active) = await settings.ActiveReminderPolicyAsync(uow, ct);
        await engine.ApplyAsync(uow, payload.ContactId, EventFor(payload, active), policy, ct);
    }

    /// <summary>
    /// Tenants in id order (the order every batch takes their rows in); a contact's second timer in the same batch is
    /// left out and runs on its own afterwards.
    /// </summary>
    public async Task HandleBatchAsync(IReadOnlyList<(WorkItem Item, WorkCompletion Completion)> batch, CancellationToken ct)
    {
        var tenants = batch.Where(entry => entry.Item.TenantId is not null)
            .GroupBy(entry => entry.Item.TenantId!.Value)
            .OrderBy(tenant => tenant.Key)
            .ToArray();
        if (tenants.Length == 0)
        {
            return;
        }
        await using var uow = await _database.BeginTenantAsync(tenants[0].Key, ct);
        foreach (var tenant in tenants)
        {
            await uow.ScopeToTenantAsync(tenant.Key, ct);
            var (policy, active) = await settings.ActiveReminderPolicyAsync(uow, ct);
            var timers = tenant.Select(entry => (entry.Completion, Payload: WorkPayload.Read<TimerPayload>(entry.Item)))
                .DistinctBy(timer => timer.Payload.ContactId)
                .ToArray();
            await engine.ApplyManyAsync(uow, timers.ToDictionary(timer => timer.Payload.ContactId, timer => EventFor(timer.Payload, active)), policy, ct);
            await WorkCompletion.CompleteAllInAsync(uow, timers.Select(timer => timer.Completion).ToArray(), ct);
        }
        await uow.CommitAsync(ct);
    }

    private static ReminderEvent EventFor(TimerPayload payload, bool tenantActive) =>
        tenantActive ? new ReminderEvent.TimerFired(payload.Seq) : new ReminderEvent.TenantPaused();
}
