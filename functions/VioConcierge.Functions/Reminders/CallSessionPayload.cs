namespace VioConcierge.Functions.Reminders;

public sealed record CallSessionPayload(Guid CallSessionId);
