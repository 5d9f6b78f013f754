namespace VioConcierge.Application.Work;

/// <summary>A work item that ran out of attempts, as the admin dead-letter list shows it.</summary>
public sealed class DeadLetter
{
    public Guid Id { get; init; }
    public Guid? TenantId { get; init; }
    public string Kind { get; init; } = "";
    public string Payload { get; init; } = "";
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset DeadAt { get; init; }
}
