using System.Text.Json.Serialization;

namespace VioConcierge.Core.Reminders;

/// <summary>
/// What the decider asks the shell to do, in the same transaction as the new state. Named in JSON by kind, so a
/// decision made in an orchestration reaches the activity that carries it out intact.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(ScheduleTimer), "schedule_timer")]
[JsonDerivedType(typeof(PlaceCall), "place_call")]
[JsonDerivedType(typeof(ScheduleOutcomeCheck), "schedule_outcome_check")]
[JsonDerivedType(typeof(StopCall), "stop_call")]
[JsonDerivedType(typeof(UpdateContact), "update_contact")]
[JsonDerivedType(typeof(NotifyStaff), "notify_staff")]
[JsonDerivedType(typeof(FlagContact), "flag_contact")]
[JsonDerivedType(typeof(Timeline), "timeline")]
public abstract record ReminderCommand
{
    /// <summary>Fire <see cref="ReminderEvent.TimerFired"/> with this sequence number at <paramref name="At"/>.</summary>
    public sealed record ScheduleTimer(DateTimeOffset At, int Seq) : ReminderCommand;

    /// <summary>Dial attempt <paramref name="Attempt"/>; the idempotency key is reminder id + attempt + the timer that fired.</summary>
    public sealed record PlaceCall(int Attempt) : ReminderCommand;

    /// <summary>Check on attempt <paramref name="Attempt"/> at <paramref name="At"/> if no outcome has arrived.</summary>
    public sealed record ScheduleOutcomeCheck(int Attempt, DateTimeOffset At) : ReminderCommand;

    public sealed record StopCall(int Attempt) : ReminderCommand;

    /// <summary>
    /// Update the contact: a new appointment status (or null to keep it), whether to count an attempt, and the
    /// time of contact to record.
    /// </summary>
    public sealed record UpdateContact(string? Status, bool CountAttempt, DateTimeOffset? ContactedAt) : ReminderCommand;

    /// <summary>Tell the tenant's users of an event (a <c>NotificationTypes</c> name: the customer asked to reschedule, ...).</summary>
    public sealed record NotifyStaff(string Kind) : ReminderCommand;

    /// <summary>Flag the contact (e.g. its number is invalid) so staff can fix it.</summary>
    public sealed record FlagContact(string Reason) : ReminderCommand;

    /// <summary>A line for the contact's call timeline: what happened or why nothing happened.</summary>
    public sealed record Timeline(string Code, DateTimeOffset? At = null, int? Attempt = null) : ReminderCommand;
}
