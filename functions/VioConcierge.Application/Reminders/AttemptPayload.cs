namespace VioConcierge.Application.Reminders;

/// <summary>An attempt of a contact's reminder; <see cref="Seq"/> is the timer that dialled it (absent in older items).</summary>
public sealed record AttemptPayload(Guid ContactId, int Attempt, int? Seq = null);
