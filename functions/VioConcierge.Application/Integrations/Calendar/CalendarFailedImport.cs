namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>A booking event that did not become a contact change (<c>failed</c> or <c>skipped</c>) and why.</summary>
public sealed record CalendarFailedImport(
    string Trigger, string? ExternalId, string Outcome, string? Reason, DateTimeOffset OccurredAt, DateTimeOffset ProcessedAt);
