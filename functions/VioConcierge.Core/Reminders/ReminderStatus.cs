namespace VioConcierge.Core.Reminders;

/// <summary>
/// Where a reminder stands: waiting for its timer, on a call, held while the tenant is paused, or done (with a
/// reason: confirmed, cancelled, reschedule requested, attempts exhausted, too late, stopped ...).
/// </summary>
public enum ReminderStatus
{
    Idle,
    Scheduled,
    Calling,
    Paused,
    Done,
}
