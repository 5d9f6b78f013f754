namespace VioConcierge.Application.Contacts;

/// <summary>
/// What a finished call (or a reminder that ran out of tries) changes on its contact: the status its outcome means (null:
/// unchanged), whether it counts as an attempt, when the customer was last reached, and whether the number proved invalid.
/// </summary>
public sealed record ContactCallResult(string? Status, bool CountAttempt, DateTimeOffset? ContactedAt = null, bool InvalidNumber = false);
