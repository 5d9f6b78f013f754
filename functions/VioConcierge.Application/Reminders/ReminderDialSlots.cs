using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// A reminder dials only with a dialling slot. Before any call session exists, the decisions that place a call take
/// the tenant's slots, all of them in one limiter call (its lock lasts until the caller's transaction commits, which
/// also creates the sessions that hold the slots), once the voice provider is known to be set up. A decision that gets
/// no slot becomes the deferral the decider makes of it: the reminder waits, its timeline says why ("delayed" and the
/// reason), and no call session and no "dialling" line are written.
/// </summary>
public sealed class ReminderDialSlots(CallSlots slots, IVoiceProvider voice, TimeProvider time)
{
    /// <summary>The decisions of the transaction's tenant, those that dial either holding a slot or deferred.</summary>
    public async Task<IReadOnlyList<Decision>> AdmitAsync(IUnitOfWork uow, IReadOnlyList<Decision> decisions, ReminderPolicy policy, CancellationToken ct)
    {
        var dialling = decisions
            .Select((decision, index) => (Index: index, Place: decision.Commands.OfType<ReminderCommand.PlaceCall>().FirstOrDefault()))
            .Where(call => call.Place is not null)
            .ToArray();
        if (dialling.Length == 0)
        {
            return decisions;
        }
        var now = time.GetUtcNow();
        Func<int, LimitCheck> checks;
        if (await voice.IsConfiguredAsync(uow.TenantId!.Value, ct))
        {
            checks = (await slots.TryTakeManyAsync(uow, policy.Calling.TimeZoneId, dialling.Length, ct)).For;
        }
        else
        {
            var notConfigured = LimitCheck.Limited(DialRefusals.VoiceNotConfigured, now + ReminderPolicy.ProviderConfigurationDelay);
            checks = _ => notConfigured;
        }
        var admitted = decisions.ToArray();
        for (var i = 0; i < dialling.Length; i++)
        {
            if (checks(i) is { Allowed: false } refused)
            {
                var (index, place) = dialling[i];
                var deferral = new ReminderEvent.CallDeferred(place!.Attempt, refused.RetryAt!.Value, refused.Reason!);
                admitted[index] = ReminderDecider.Decide(decisions[index].State, deferral, now, policy);
            }
        }
        return admitted;
    }
}
