using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Functions.Reminders;

/// <summary>What a reminder call's orchestration decided on its outcome, for the activity that carries it out.</summary>
public sealed record ReminderCallDecision(ReminderCallOutcome Outcome, ReminderSnapshot Reminder, Decision Decision);
