namespace VioConcierge.Functions.Reminders;

public sealed record AttemptPayload(Guid ContactId, int Attempt);
