namespace VioConcierge.Core.Work;

/// <summary>Exponential backoff: base, 2x base, 4x base ... capped at the maximum delay.</summary>
public sealed record RetryBackoff(TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>The delay before the next try after <paramref name="failedAttempt"/> (1-based) failed.</summary>
    public TimeSpan After(int failedAttempt)
    {
        var exponent = Math.Clamp(failedAttempt - 1, 0, 30);
        var ticks = BaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
