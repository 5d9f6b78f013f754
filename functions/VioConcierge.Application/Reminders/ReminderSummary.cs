using VioConcierge.Application.Reminders;
using VioConcierge.Core.Calls;

namespace VioConcierge.Application.Reminders;

/// <summary>A contact's reminder as the console shows it; the last outcome by its wire name (<c>no_answer</c>).</summary>
public sealed record ReminderSummary(string Status, DateTimeOffset? NextCallAt, int Attempts, string? LastOutcome, string? DoneReason)
{
    public static ReminderSummary From(ReminderRow reminder) => new(
        reminder.Status, reminder.NextCallAt, reminder.Attempts,
        reminder.ToState().LastOutcome is { } outcome ? CallOutcomes.Name(outcome) : null, reminder.DoneReason);
}
