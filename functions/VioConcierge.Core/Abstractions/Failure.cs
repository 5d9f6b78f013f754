namespace VioConcierge.Core.Abstractions;

/// <summary>
/// An expected failure: its kind, and what the caller needs to act on it (field errors, a human detail, a reason code,
/// when to retry).
/// </summary>
public sealed record Failure(FailureKind Kind, FieldErrors? Errors = null, string? Detail = null, string? Reason = null, DateTimeOffset? RetryAt = null);
