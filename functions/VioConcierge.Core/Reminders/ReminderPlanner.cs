namespace VioConcierge.Core.Reminders;

/// <summary>
/// Plans when a reminder call is placed. A first call is never planned after <see cref="CallingPolicy.FirstCallCutOff"/>
/// (the call timing itself when that is shorter than the retry cut-off), a retry never after
/// <see cref="CallingPolicy.RetryCutOff"/>. "Hours before" is elapsed time, so across a clock change 24 h before 10:00
/// BST on the Sunday after the change is 09:00 GMT on the Saturday.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>
    /// Target = appointment - <paramref name="callBeforeHours"/>. Skip <c>appointment_passed</c> if the appointment
    /// is not after now. The target itself if it is allowed and not past. Otherwise the latest allowed moment at or
    /// before the target that is not past (a target at 03:00 moves back to 19:59 the evening before); failing that the
    /// earliest allowed moment from now up to the first-call cut-off; failing that skip <c>too_late</c>. A moved call
    /// records why the target was not used: <c>target_passed</c> or the target's own reason (<c>outside_window</c>,
    /// <c>weekend</c>, <c>holiday</c>).
    /// </summary>
    public static PlannedCall Plan(DateTimeOffset appointment, int callBeforeHours, CallingPolicy policy, DateTimeOffset now)
    {
        if (appointment <= now)
        {
            return PlannedCall.Skip(ReasonCodes.AppointmentPassed);
        }
        var target = appointment - TimeSpan.FromHours(callBeforeHours);
        var movedBecause = target < now ? ReasonCodes.TargetPassed : policy.Check(target).Reason;
        if (movedBecause is null)
        {
            return PlannedCall.At(target);
        }
        var latest = policy.LatestAllowedAtOrBefore(target, notBefore: now);
        var when = latest ?? policy.EarliestAllowedAtOrAfter(now, notAfter: policy.FirstCallCutOff(appointment, callBeforeHours));
        return when is { } moved ? PlannedCall.At(moved, movedBecause) : PlannedCall.Skip(ReasonCodes.TooLate);
    }

    /// <summary>
    /// The next attempt after an outcome: outcome time + the outcome's delay, moved forward to the earliest allowed
    /// moment (recording why), as long as that is not after the retry cut-off; otherwise skip <c>too_late</c>.
    /// </summary>
    public static PlannedCall Retry(DateTimeOffset outcomeAt, TimeSpan delay, DateTimeOffset appointment, CallingPolicy policy)
    {
        var next = outcomeAt + delay;
        var when = policy.EarliestAllowedAtOrAfter(next, notAfter: policy.RetryCutOff(appointment));
        if (when is not { } moved)
        {
            return PlannedCall.Skip(ReasonCodes.TooLate);
        }
        return moved == next ? PlannedCall.At(moved) : PlannedCall.At(moved, policy.Check(next).Reason);
    }
}
