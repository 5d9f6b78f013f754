using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>A reminder workflow as stored, convertible to and from the decider's <see cref="ReminderState"/>.</summary>
public sealed class ReminderRow
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public Guid ContactId { get; init; }
    public string Status { get; set; } = "idle";
    public DateTimeOffset? AppointmentAt { get; set; }
    public int CallBeforeHours { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextCallAt { get; set; }
    public int TimerSeq { get; set; }
    public int? CallAttempt { get; set; }
    public DateTimeOffset? CallPlacedAt { get; set; }
    public bool CallConnected { get; set; }
    public string? LastOutcome { get; set; }
    public string? WaitingFor { get; set; }
    public string? DoneReason { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public ReminderState ToState() => new(
        Enum.Parse<ReminderStatus>(Status, ignoreCase: true), AppointmentAt, CallBeforeHours, Attempts, NextCallAt, TimerSeq,
        CallAttempt is { } attempt ? new ActiveCall(attempt, CallPlacedAt!.Value, CallConnected) : null,
        LastOutcome is null ? null : Enum.Parse<CallOutcome>(LastOutcome), DoneReason, WaitingFor);

    public void Apply(ReminderState state, DateTimeOffset now)
    {
        Status = state.Status.ToString().ToLowerInvariant();
        (AppointmentAt, CallBeforeHours, Attempts, NextCallAt, TimerSeq) = (state.AppointmentAt, state.CallBeforeHours, state.Attempts, state.NextCallAt, state.TimerSeq);
        (CallAttempt, CallPlacedAt, CallConnected) = (state.Call?.Attempt, state.Call?.PlacedAt, state.Call?.Connected ?? false);
        (LastOutcome, DoneReason, WaitingFor, UpdatedAt) = (state.LastOutcome?.ToString(), state.DoneReason, state.WaitingFor, now);
    }
}
