namespace VioConcierge.Application.Calls;

/// <summary>A line of a contact's call timeline: an attempt, an outcome, or why a call moved or did not happen.</summary>
public sealed class TimelineEntry
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public Guid ContactId { get; init; }
    public Guid? ReminderId { get; init; }
    public Guid? CallSessionId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Code { get; init; } = "";
    public DateTimeOffset? At { get; init; }
    public int? Attempt { get; init; }
}
