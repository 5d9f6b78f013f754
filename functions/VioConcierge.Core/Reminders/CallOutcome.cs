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
}
