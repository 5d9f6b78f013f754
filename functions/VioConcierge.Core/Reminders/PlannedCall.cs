namespace VioConcierge.Core.Reminders;

/// <summary>
/// A planned reminder call: the UTC moment to place it (with the reason code it was moved from its target, if it
/// was), or a skip with its reason code. Codes are in <see cref="ReasonCodes"/>.
/// </summary>
public sealed record PlannedCall
{
    private PlannedCall(DateTimeOffset? when, string? movedBecause, string? skipReason)
    {
        When = when;
        MovedBecause = movedBecause;
        SkipReason = skipReason;
    }

    public DateTimeOffset? When { get; }

    /// <summary>Why the call is not at its target moment (e.g. <c>weekend</c>); null when it is.</summary>
    public string? MovedBecause { get; }

    /// <summary>Why no call will be placed (e.g. <c>too_late</c>); null when one is planned.</summary>
    public string? SkipReason { get; }

    public bool IsSkipped => When is null;

    public static PlannedCall At(DateTimeOffset when, string? movedBecause = null) => new(when.ToUniversalTime(), movedBecause, null);

    public static PlannedCall Skip(string reason) => new(null, null, reason);
}
