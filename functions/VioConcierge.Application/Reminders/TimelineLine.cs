namespace VioConcierge.Application.Reminders;

public sealed record TimelineLine(DateTimeOffset OccurredAt, string Code, DateTimeOffset? At, int? Attempt, Guid? CallSessionId);
