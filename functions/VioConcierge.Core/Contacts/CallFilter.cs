namespace VioConcierge.Core.Contacts;

/// <summary>
/// Reminder-call filters over pending contacts: due now (call time reached, appointment still ahead), due today
/// (call time within the tenant's today), overdue (the appointment has passed while still pending), scheduled in
/// the future (call time still ahead).
/// </summary>
public enum CallFilter
{
    DueNow,
    DueToday,
    Overdue,
    ScheduledFuture,
}
