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

    /// <summary>Whether the outcome counts as an attempt (capacity and account problems do not).</summary>
    public static bool Counts(CallOutcome outcome) => outcome is not (CallOutcome.Capacity or CallOutcome.AccountProblem);

    /// <summary>Whether the call session ends as failed rather than completed.</summary>
    public static bool IsFailure(CallOutcome outcome) => outcome is CallOutcome.Failed or CallOutcome.InvalidNumber
        or CallOutcome.ProviderError or CallOutcome.SystemError or CallOutcome.Spam or CallOutcome.AccountProblem or CallOutcome.Capacity;

    public static string Name(CallOutcome outcome) => outcome switch
    {
        CallOutcome.NoAnswer => "no_answer",
        CallOutcome.RescheduleRequested => "reschedule_requested",
        CallOutcome.InvalidNumber => "invalid_number",
        CallOutcome.ProviderError => "provider_error",
        CallOutcome.SystemError => "system_error",
        CallOutcome.AccountProblem => "account_problem",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>The outcome a <see cref="Name"/> stands for.</summary>
    public static bool TryParse(string name, out CallOutcome outcome)
    {
        foreach (var candidate in Enum.GetValues<CallOutcome>())
        {
            if (Name(candidate) == name)
            {
                outcome = candidate;
                return true;
            }
        }
        outcome = default;
        return false;
    }
}
