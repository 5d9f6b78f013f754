using VioConcierge.Application.Calls;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// The input of a reminder call's orchestration: the call, how often it wakes to ask whether its reminder still waits
/// when no outcome event comes (fixed when it starts, so the orchestrator reads no setting), and an outcome it received
/// but has not yet decided.
/// </summary>
public sealed record ReminderCallWatch(Guid TenantId, Guid CallSessionId, TimeSpan WakeEvery, ReminderCallOutcome? Pending = null)
{
    /// <summary>One orchestration per call session: starting it twice, or raising its event, needs only the session id.</summary>
    public static string InstanceIdFor(Guid callSessionId) => $"reminder-call:{callSessionId:N}";

    public string InstanceId => InstanceIdFor(CallSessionId);
}
