namespace VioConcierge.Core.Calls;

/// <summary>What the call-session state machine (<see cref="CallSessionDecider"/>) reads and changes of a session.</summary>
public sealed record CallSessionState(
    string Status,
    string? ProviderCallId = null,
    string? Outcome = null,
    string? Error = null,
    DateTimeOffset? PlacedAt = null,
    DateTimeOffset? ConnectedAt = null,
    DateTimeOffset? EndedAt = null)
{
    public bool IsOpen => Outcome is null && EndedAt is null;
}
