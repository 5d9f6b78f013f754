namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>One processed booking event for <c>calendar_events</c>: what happened (outcome, reason code) to which contact.</summary>
public sealed record CalendarEventRecord(
    Guid Id,
    Guid IntegrationId,
    string Provider,
    string Trigger,
    string? ExternalId,
    string Outcome,
    string? Reason,
    Guid? ContactId,
    DateTimeOffset OccurredAt,
    DateTimeOffset ProcessedAt);
