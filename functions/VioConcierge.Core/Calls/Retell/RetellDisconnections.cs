using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls.Retell;

/// <summary>
/// Retell's <c>disconnection_reason</c> to this product's outcome (providers.md). A connected call's outcome is the
/// agent's post-call analysis (<c>custom_analysis_data.appointment_outcome</c>), so it is known only once the
/// analysis has arrived; every other reason decides the outcome by itself.
/// </summary>
public static class RetellDisconnections
{
    private static readonly Dictionary<string, RetellOutcome> Table = new(StringComparer.Ordinal)
    {
        ["voicemail_reached"] = new(false, CallOutcome.Voicemail),
        ["ivr_reached"] = new(false, CallOutcome.Voicemail),
        ["dial_no_answer"] = new(false, CallOutcome.NoAnswer),
        ["dial_busy"] = new(false, CallOutcome.Busy),
        ["user_declined"] = new(false, CallOutcome.Declined),
        ["dial_failed"] = new(false, CallOutcome.Failed),
        ["invalid_destination"] = new(false, CallOutcome.InvalidNumber),
        ["telephony_provider_permission_denied"] = new(false, CallOutcome.ProviderError, RetellOutcome.ProviderAlert),
        ["telephony_provider_unavailable"] = new(false, CallOutcome.ProviderError, RetellOutcome.ProviderAlert),
        ["sip_routing_error"] = new(false, CallOutcome.ProviderError, RetellOutcome.ProviderAlert),
        ["marked_as_spam"] = new(false, CallOutcome.Spam, RetellOutcome.SpamAlert),
        ["scam_detected"] = new(false, CallOutcome.Spam, RetellOutcome.SpamAlert),
        ["concurrency_limit_reached"] = new(false, CallOutcome.Capacity),
        ["no_concurrency_fallback"] = new(false, CallOutcome.Capacity),
        ["no_valid_payment"] = new(false, CallOutcome.AccountProblem, RetellOutcome.AccountAlert),
        ["call_transfer"] = new(true, CallOutcome.Transferred),
        ["transfer_bridged"] = new(true, CallOutcome.Transferred),
        ["transfer_cancelled"] = new(true, CallOutcome.Transferred),
        ["manual_stopped"] = new(false, CallOutcome.Stopped),
        ["call_take_over"] = new(true, CallOutcome.Stopped),
        ["registered_call_timeout"] = new(false, CallOutcome.SystemError),
    };

    private static readonly HashSet<string> ConnectedReasons = new(StringComparer.Ordinal)
    {
        "user_hangup", "agent_hangup", "inactivity", "max_duration_reached",
    };

    /// <summary>
    /// The outcome of a call that ended for <paramref name="reason"/>; <paramref name="analysis"/> is the post-call
    /// analysis (null on <c>call_ended</c>, which carries none). Unknown reasons are treated as system errors.
    /// </summary>
    public static RetellOutcome For(string? reason, RetellAnalysis? analysis)
    {
        if (reason is not null && ConnectedReasons.Contains(reason))
        {
            return new RetellOutcome(true, analysis is null ? null : FromAnalysis(analysis));
        }
        if (reason is not null && Table.TryGetValue(reason, out var known))
        {
            return known;
        }
        return new RetellOutcome(false, CallOutcome.SystemError);
    }

    /// <summary>Whether <paramref name="reason"/> is one the table names (error_* and unknown reasons are not).</summary>
    public static bool IsKnown(string reason) => ConnectedReasons.Contains(reason) || Table.ContainsKey(reason);

    private static CallOutcome FromAnalysis(RetellAnalysis analysis) => analysis.InVoicemail
        ? CallOutcome.Voicemail
        : analysis.AppointmentOutcome switch
        {
            "confirmed" => CallOutcome.Confirmed,
            "cancelled" => CallOutcome.Cancelled,
            "reschedule_requested" => CallOutcome.RescheduleRequested,
            "unreached" => CallOutcome.NoAnswer,
            _ => CallOutcome.Unclear,
        };
}
