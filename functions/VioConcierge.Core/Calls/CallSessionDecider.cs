using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>
/// The call-session state machine, pure: initiated → ringing → in progress → completed or failed, with a session that
/// was never placed failing straight from initiated. Returns the session's next state, or null when the event changes
/// nothing: a late or repeated report (an answer after the outcome, a second outcome) never rewrites what happened.
/// </summary>
public static class CallSessionDecider
{
    public const string PlacementUnconfirmed = "placement_unconfirmed";
    public const string CallStopped = "call_stopped";

    public static CallSessionState? Decide(CallSessionState state, CallSessionEvent @event, DateTimeOffset now) => @event switch
    {
        CallSessionEvent.Placed placed when state.Status == CallSessionStatus.Initiated =>
            state with { Status = CallSessionStatus.Ringing, ProviderCallId = placed.ProviderCallId },
        // The provider's events overtook its answer: keep its call id, leave the newer state alone.
        CallSessionEvent.Placed { ProviderCallId: { } lateId } when state.ProviderCallId is null => state with { ProviderCallId = lateId },
        CallSessionEvent.PlacementUnconfirmed when state.Status == CallSessionStatus.Initiated => state with { Error = PlacementUnconfirmed },
        CallSessionEvent.Refused refused when state.IsOpen => Fail(state, refused.Reason, now),
        CallSessionEvent.Connected connected when state.Status is CallSessionStatus.Initiated or CallSessionStatus.Ringing => state with
        {
            Status = CallSessionStatus.InProgress,
            ConnectedAt = connected.At ?? now,
            ProviderCallId = state.ProviderCallId ?? connected.ProviderCallId,
        },
        CallSessionEvent.Ended ended when state.Outcome is null => state with
        {
            Status = CallOutcomes.IsFailure(ended.Outcome) ? CallSessionStatus.Failed : CallSessionStatus.Completed,
            Outcome = CallOutcomes.Name(ended.Outcome),
            Error = ended.Error ?? state.Error,
            EndedAt = now,
            ProviderCallId = state.ProviderCallId ?? ended.ProviderCallId,
        },
        CallSessionEvent.Stopped when state is { Status: CallSessionStatus.Initiated, PlacedAt: null, EndedAt: null } =>
            Fail(state, CallStopped, now),
        _ => null,
    };

    private static CallSessionState Fail(CallSessionState state, string reason, DateTimeOffset now) =>
        state with { Status = CallSessionStatus.Failed, Error = reason, EndedAt = now };
}
