namespace VioConcierge.Core.Reminders;

/// <summary>How long to wait before the next attempt, by the outcome of the last one (seed 000 retry timing).</summary>
public sealed record RetryDelays(TimeSpan NoAnswer, TimeSpan Voicemail, TimeSpan Busy)
{
    public static readonly RetryDelays Default = new(TimeSpan.FromHours(2), TimeSpan.FromHours(8), TimeSpan.FromHours(1));
}
