namespace VioConcierge.Functions.Reminders;

public sealed record SyncPayload(Guid[] ContactIds);
