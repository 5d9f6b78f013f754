using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>What can happen to a call session.</summary>
public abstract record CallSessionEvent
{
    private CallSessionEvent()
    {
    }

    /// <summary>The provider accepted the call (its id, when it gave one).</summary>
    public sealed record Placed(string? ProviderCallId) : CallSessionEvent;

    /// <summary>The provider did not answer the placement in time: the call may or may not ring.</summary>
    public sealed record PlacementUnconfirmed : CallSessionEvent;

    /// <summary>The call was not placed (a gate, a limit or the provider refused it) for <paramref name="Reason"/>.</summary>
    public sealed record Refused(string Reason) : CallSessionEvent;

    /// <summary>The customer answered (at <paramref name="At"/> when the provider said).</summary>
    public sealed record Connected(DateTimeOffset? At, string? ProviderCallId) : CallSessionEvent;

    /// <summary>The call ended with <paramref name="Outcome"/> (and <paramref name="Error"/> when it failed for a known reason).</summary>
    public sealed record Ended(CallOutcome Outcome, string? Error = null, string? ProviderCallId = null) : CallSessionEvent;

    /// <summary>The reminder no longer wants the call (the appointment moved, was cancelled, the contact deleted).</summary>
    public sealed record Stopped : CallSessionEvent;
}
