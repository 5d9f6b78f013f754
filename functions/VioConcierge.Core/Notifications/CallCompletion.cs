namespace VioConcierge.Core.Notifications;

/// <summary>Which call results a user is told of as they happen (seed 000: call completion notifications).</summary>
public enum CallCompletion
{
    /// <summary>None: no call result alerts (cancellation and confirmation alerts still apply).</summary>
    None,

    /// <summary>Failed calls only (the default): a reminder that ran out of attempts, an invalid number.</summary>
    FailedOnly,

    /// <summary>Every outcome: also confirmations, cancellations and reschedule requests, whatever their own switches say.</summary>
    AllOutcomes,

    /// <summary>Daily summary only: no call result alerts, and the daily summary email is sent even when switched off.</summary>
    SummaryOnly,
}
