namespace VioConcierge.Functions.Calls;

/// <summary>Call Now's answer: the session started, or the first failed check (its code, status 422/429/404).</summary>
public sealed record CallNowResult(Guid? CallSessionId, string? FailedCheck = null, int Status = 202, string? Detail = null, DateTimeOffset? RetryAt = null);
