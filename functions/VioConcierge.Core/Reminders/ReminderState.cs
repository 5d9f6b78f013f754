namespace VioConcierge.Core.Reminders;

/// <summary>
/// The persisted state of one contact's reminder workflow. <see cref="TimerSeq"/> numbers the timers: a timer that
/// fires with an older number was superseded (re-plan, pause) and is ignored. <see cref="WaitingFor"/> is the reason
/// the reminder is waiting to dial again (no free slot, a limit, provider capacity): the timeline says it once, not at
/// every retry.
/// </summary>
public sealed record ReminderState(
    ReminderStatus Status,
    DateTimeOffset? AppointmentAt,
    int CallBeforeHours,
    int Attempts,
    DateTimeOffset? NextCallAt,
    int TimerSeq,
    ActiveCall? Call,
    CallOutcome? LastOutcome,
    string? DoneReason,
    string? WaitingFor = null)
{
    public static ReminderState New { get; } = new(ReminderStatus.Idle, null, 0, 0, null, 0, null, null, null);

    public bool IsDone => Status == ReminderStatus.Done;
}
