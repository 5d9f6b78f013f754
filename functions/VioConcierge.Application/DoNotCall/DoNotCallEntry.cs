namespace VioConcierge.Application.DoNotCall;

public sealed class DoNotCallEntry
{
    public string Phone { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
