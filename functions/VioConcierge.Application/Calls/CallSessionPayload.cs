namespace VioConcierge.Application.Calls;

public sealed record CallSessionPayload(Guid CallSessionId);
