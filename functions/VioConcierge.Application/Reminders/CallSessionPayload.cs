namespace VioConcierge.Application.Reminders;

public sealed record CallSessionPayload(Guid CallSessionId);
