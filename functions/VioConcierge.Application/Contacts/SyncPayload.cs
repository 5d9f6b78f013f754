namespace VioConcierge.Application.Contacts;

public sealed record SyncPayload(Guid[] ContactIds);
