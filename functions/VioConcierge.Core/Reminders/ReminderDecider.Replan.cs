namespace VioConcierge.Core.Reminders;

public static partial class ReminderDecider
{
    /// <summary>
    /// A waiting reminder under a new calling policy: a first call is planned afresh from its target (appointment minus
    /// the call timing), a retry keeps its moment if the policy still allows it, else moves to the next allowed moment
    /// before the retry cut-off. A moment that does not change changes nothing (no new timer, no timeline line); one
    /// that no longer fits anywhere ends the reminder <c>too_late</c>, as planning would.
    /// </summary>
    private static Decision OnPolicyChanged(ReminderState state, string reason, DateTimeOffset now, ReminderPolicy policy)
    {
        var appointment = state.AppointmentAt!.Value;
        var plan = state.Attempts == 0
            ? ReminderPlanner.Plan(appointment, state.CallBeforeHours, policy.Calling, now)
            : ReminderPlanner.Retry(state.NextCallAt is { } next && next > now ? next : now, TimeSpan.Zero, appointment, policy.Calling);
        if (!plan.IsSkipped && plan.When == state.NextCallAt)
        {
            return Decision.Unchanged(state);
        }
        return Schedule(state, plan, [new ReminderCommand.Timeline(reason, now)], "replanned");
    }
}
