using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Reminders;

/// <summary>A reminder's timer fired: dial now, or hold the reminder if the tenant is not active.</summary>
public sealed class ReminderTimerHandler(Database database, ReminderEngine engine, TenantSettings settings) : TenantWorkHandler<TimerPayload>(database)
{
    public override string Kind => ReminderWorkKinds.Timer;

    protected override async Task HandleAsync(UnitOfWork uow, TimerPayload payload, CancellationToken ct)
    {
        var (policy, active) = await settings.ActiveReminderPolicyAsync(uow, ct);
        ReminderEvent @event = active ? new ReminderEvent.TimerFired(payload.Seq) : new ReminderEvent.TenantPaused();
        await engine.ApplyAsync(uow, payload.ContactId, @event, policy, ct);
    }
}
