namespace VioConcierge.Core.Reminders;

/// <summary>Everything the decider needs from the tenant's settings, resolved for one decision.</summary>
public sealed record ReminderPolicy(
    CallingPolicy Calling,
    bool AutomaticRetries,
    int MaxRetryAttempts,
    RetryDelays Delays)
{
    public static readonly TimeSpan OutcomeTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan CapacityDelay = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ProviderConfigurationDelay = TimeSpan.FromHours(1);

    /// <summary>All attempts a reminder may make: the first call plus the retries.</summary>
    public int MaxAttempts => 1 + (AutomaticRetries ? MaxRetryAttempts : 0);

    public static ReminderPolicy From(CallSettings settings, CallingPolicy calling) =>
        new(calling, settings.AutomaticRetries, settings.MaxRetryAttempts, settings.RetryDelays);

    public TimeSpan DelayAfter(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Busy => Delays.Busy,
        CallOutcome.Voicemail => Delays.Voicemail,
        _ => Delays.NoAnswer,
    };
}
