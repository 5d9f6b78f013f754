namespace VioConcierge.Functions.Calls;

public sealed record ReminderSummary(string Status, DateTimeOffset? NextCallAt, int Attempts, string? LastOutcome, string? DoneReason);
