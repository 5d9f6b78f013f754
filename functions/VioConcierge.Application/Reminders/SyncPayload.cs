namespace VioConcierge.Application.Reminders;

public sealed record SyncPayload(Guid[] ContactIds);
