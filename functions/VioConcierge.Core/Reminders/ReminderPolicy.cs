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

    /// <summary>The base wait after a provider or platform error; doubled for each attempt already made.</summary>
    public static readonly TimeSpan ErrorBackoff = TimeSpan.FromMinutes(30);

    /// <summary>How long to wait after <paramref name="outcome"/> ended attempt <paramref name="attempt"/>.</summary>
    public TimeSpan DelayAfter(CallOutcome outcome, int attempt = 1) => outcome switch
    {
        CallOutcome.Busy => Delays.Busy,
        CallOutcome.Voicemail => Delays.Voicemail,
        // Declined: the customer saw the call and refused it; wait the longest of the configured delays.
        CallOutcome.Declined => new[] { Delays.NoAnswer, Delays.Voicemail, Delays.Busy }.Max(),
        CallOutcome.ProviderError or CallOutcome.SystemError => ErrorBackoff * Math.Pow(2, Math.Clamp(attempt - 1, 0, 4)),
        _ => Delays.NoAnswer,
    };
}
