namespace VioConcierge.Core.Reminders;

/// <summary>What a reminder call came to, as the voice issue's webhooks report it.</summary>
public enum CallOutcome
{
    Confirmed,
    Cancelled,
    RescheduleRequested,
    NoAnswer,
    Busy,
    Voicemail,
    Declined,
    Unclear,
    Failed,
    InvalidNumber,

    /// <summary>The provider had no capacity: requeued soon, not counted as an attempt.</summary>
    Capacity,

    /// <summary>The telephony provider refused or could not route the call: retried with backoff, operators alerted.</summary>
    ProviderError,

    /// <summary>The voice platform failed (a registered call timed out, an internal error): retried with backoff.</summary>
    SystemError,

    /// <summary>The caller id was marked as spam or the call as a scam: no retry, platform admins alerted.</summary>
    Spam,

    /// <summary>The voice account cannot pay: dialling waits, not counted as an attempt, operators alerted.</summary>
    AccountProblem,

    /// <summary>The call was handed to the business's staff: nothing more to do.</summary>
    Transferred,

    /// <summary>The call was stopped by hand or taken over: no retry.</summary>
    Stopped,
}
