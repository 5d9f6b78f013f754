using VioConcierge.Core.Contacts;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>What an outcome means for the contact, and its wire name.</summary>
public static class CallOutcomes
{
    public static string? ContactStatusFor(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Confirmed => ContactStatus.Confirmed,
        CallOutcome.Cancelled => ContactStatus.Cancelled,
        CallOutcome.RescheduleRequested => ContactStatus.Rescheduled,
        _ => null,
    };

    /// <summary>Whether the outcome counts as an attempt (capacity errors do not).</summary>
    public static bool Counts(CallOutcome outcome) => outcome != CallOutcome.Capacity;

    public static string Name(CallOutcome outcome) => outcome switch
    {
        CallOutcome.NoAnswer => "no_answer",
        CallOutcome.RescheduleRequested => "reschedule_requested",
        CallOutcome.InvalidNumber => "invalid_number",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
