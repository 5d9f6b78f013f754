using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>
/// The provider's view of a call: whether it has ended and, once it has, what it came to, read by the same rules as
/// its webhooks (<see cref="RetellDisconnections"/>): whether the customer was connected (and when), the outcome (null
/// while a connected call waits for its analysis), the platform alert it raises, and the provider's reason.
/// </summary>
public sealed record CallLookup(
    bool Ended, CallOutcome? Outcome, bool Connected = false, string? Alert = null, string? Reason = null, DateTimeOffset? StartedAt = null)
{
    /// <summary>A call still in progress (or not yet dialled): nothing to apply.</summary>
    public static CallLookup Ongoing { get; } = new(false, null);

    /// <summary>A call that ended for <paramref name="reason"/>, with its analysis when the provider has one.</summary>
    public static CallLookup EndedFor(string? reason, RetellAnalysis? analysis, DateTimeOffset? startedAt = null)
    {
        var result = RetellDisconnections.For(reason, analysis);
        return new CallLookup(true, result.Outcome, result.Connected, result.Alert, reason, startedAt);
    }
}
