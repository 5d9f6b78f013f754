namespace VioConcierge.Core.Reminders;

/// <summary>Everything that can happen to a reminder. The decider turns each into a new state and commands.</summary>
public abstract record ReminderEvent
{
    /// <summary>The contact's appointment was set or changed (create, edit, import, calendar booking).</summary>
    public sealed record AppointmentSet(DateTimeOffset AppointmentAt, int CallBeforeHours) : ReminderEvent;

    /// <summary>The contact has no appointment (never had one, or it was cleared): nothing to call about.</summary>
    public sealed record AppointmentCleared : ReminderEvent;

    /// <summary>Nothing more should happen: confirmed or cancelled by staff, contact deleted, do-not-call.</summary>
    public sealed record Stopped(string Reason) : ReminderEvent;

    public sealed record TimerFired(int Seq) : ReminderEvent;

    /// <summary>The call could not be placed now (rate limit, provider capacity or configuration): try again at a time.</summary>
    public sealed record CallDeferred(int Attempt, DateTimeOffset RetryAt, string Reason) : ReminderEvent;

    public sealed record CallConnected(int Attempt) : ReminderEvent;

    public sealed record OutcomeReceived(int Attempt, CallOutcome Outcome) : ReminderEvent;

    /// <summary>No outcome arrived within the timeout and the provider had none either: the attempt failed.</summary>
    public sealed record OutcomeTimedOut(int Attempt) : ReminderEvent;

    public sealed record TenantPaused : ReminderEvent;

    public sealed record TenantResumed : ReminderEvent;

    /// <summary>
    /// What decides the calling moment changed (the tenant's time zone or bank holiday region): a waiting reminder is
    /// planned again under the new policy; <see cref="Reason"/> goes on its timeline.
    /// </summary>
    public sealed record PolicyChanged(string Reason) : ReminderEvent;
}
