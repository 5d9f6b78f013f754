using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Retell's call object as the engine's <see cref="CallLookup"/>, by the disconnection-reason table of providers.md.
/// Connected calls take their outcome from <c>custom_analysis_data.appointment_outcome</c> (unclear until analysed).
/// Reasons the engine has no outcome for yet (spam flags, transfers, manual stops) map to the nearest one that does
/// not dial again at once: failed (spam, stopped, account) or unclear (transferred).
/// </summary>
public static class RetellCallMapping
{
    private static readonly string[] EndedStatuses = ["ended", "not_connected", "error"];

    public static CallLookup ToLookup(RetellCall call) =>
        EndedStatuses.Contains(call.CallStatus) ? new CallLookup(true, Outcome(call)) : new CallLookup(false, null);

    public static CallOutcome Outcome(RetellCall call) => call.DisconnectionReason switch
    {
        "user_hangup" or "agent_hangup" or "inactivity" or "max_duration_reached" => Connected(call.CallAnalysis),
        "voicemail_reached" or "ivr_reached" => CallOutcome.Voicemail,
        "dial_no_answer" => CallOutcome.NoAnswer,
        "dial_busy" => CallOutcome.Busy,
        "user_declined" => CallOutcome.Declined,
        "invalid_destination" => CallOutcome.InvalidNumber,
        "concurrency_limit_reached" or "no_concurrency_fallback" => CallOutcome.Capacity,
        "call_transfer" or "transfer_bridged" or "transfer_cancelled" => CallOutcome.Unclear,
        _ => CallOutcome.Failed,
    };

    private static CallOutcome Connected(RetellCallAnalysis? analysis) => analysis switch
    {
        { InVoicemail: true } => CallOutcome.Voicemail,
        _ => analysis?.AppointmentOutcome switch
        {
            "confirmed" => CallOutcome.Confirmed,
            "cancelled" => CallOutcome.Cancelled,
            "reschedule_requested" => CallOutcome.RescheduleRequested,
            "unreached" => CallOutcome.NoAnswer,
            _ => CallOutcome.Unclear,
        },
    };
}
