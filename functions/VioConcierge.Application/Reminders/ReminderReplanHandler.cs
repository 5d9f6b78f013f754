using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Work;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Plans the listed contacts' reminders again under the tenant's current calling policy
/// (<see cref="ReminderEvent.PolicyChanged"/>): only those still waiting move; a call under way, a paused or a finished
/// reminder is left as it is.
/// </summary>
public sealed class ReminderReplanHandler(ITransactions database, ReminderEngine engine, TenantSettings settings) : TenantWorkHandler<ReplanPayload>(database)
{
    public override string Kind => WorkKinds.Replan;

    protected override async Task HandleAsync(IUnitOfWork uow, ReplanPayload payload, CancellationToken ct)
    {
        await uow.PlanEachStatementAsync(ct);
        var policy = await settings.ReminderPolicyAsync(uow, ct);
        var changed = new ReminderEvent.PolicyChanged(payload.Reason);
        await engine.ApplyManyAsync(uow, payload.ContactIds.Distinct().ToDictionary(id => id, ReminderEvent (_) => changed), policy, ct);
    }
}
