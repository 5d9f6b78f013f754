namespace VioConcierge.Application.Reminders;

public sealed record TimerPayload(Guid ContactId, int Seq);
