namespace VioConcierge.Functions.Reminders;

public sealed record TimerPayload(Guid ContactId, int Seq);
