using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Calls;

public class RetellDisconnectionsTests
{
    private static readonly RetellAnalysis Confirmed = new(false, "confirmed");

    [Theory]
    [InlineData("voicemail_reached", CallOutcome.Voicemail, false, null)]
    [InlineData("ivr_reached", CallOutcome.Voicemail, false, null)]
    [InlineData("dial_no_answer", CallOutcome.NoAnswer, false, null)]
    [InlineData("dial_busy", CallOutcome.Busy, false, null)]
    [InlineData("user_declined", CallOutcome.Declined, false, null)]
    [InlineData("dial_failed", CallOutcome.Failed, false, null)]
    [InlineData("invalid_destination", CallOutcome.InvalidNumber, false, null)]
    [InlineData("telephony_provider_permission_denied", CallOutcome.ProviderError, false, RetellOutcome.ProviderAlert)]
    [InlineData("telephony_provider_unavailable", CallOutcome.ProviderError, false, RetellOutcome.ProviderAlert)]
    [InlineData("sip_routing_error", CallOutcome.ProviderError, false, RetellOutcome.ProviderAlert)]
    [InlineData("marked_as_spam", CallOutcome.Spam, false, RetellOutcome.SpamAlert)]
    [InlineData("scam_detected", CallOutcome.Spam, false, RetellOutcome.SpamAlert)]
    [InlineData("concurrency_limit_reached", CallOutcome.Capacity, false, null)]
    [InlineData("no_concurrency_fallback", CallOutcome.Capacity, false, null)]
    [InlineData("no_valid_payment", CallOutcome.AccountProblem, false, RetellOutcome.AccountAlert)]
    [InlineData("call_transfer", CallOutcome.Transferred, true, null)]
    [InlineData("transfer_bridged", CallOutcome.Transferred, true, null)]
    [InlineData("transfer_cancelled", CallOutcome.Transferred, true, null)]
    [InlineData("manual_stopped", CallOutcome.Stopped, false, null)]
    [InlineData("call_take_over", CallOutcome.Stopped, true, null)]
    [InlineData("registered_call_timeout", CallOutcome.SystemError, false, null)]
    [InlineData("error_llm_websocket_open", CallOutcome.SystemError, false, null)]
    [InlineData("error_unknown", CallOutcome.SystemError, false, null)]
    [InlineData("a_reason_added_later", CallOutcome.SystemError, false, null)]
    [InlineData(null, CallOutcome.SystemError, false, null)]
    public void For_ReasonThatDecidesByItself_GivesTheSameOutcomeWithOrWithoutAnalysis(string? reason, CallOutcome outcome, bool connected, string? alert)
    {
        Assert.Equal(new RetellOutcome(connected, outcome, alert), RetellDisconnections.For(reason, null));
        Assert.Equal(new RetellOutcome(connected, outcome, alert), RetellDisconnections.For(reason, Confirmed));
    }

    [Theory]
    [InlineData("user_hangup")]
    [InlineData("agent_hangup")]
    [InlineData("inactivity")]
    [InlineData("max_duration_reached")]
    public void For_ConnectedReasonWithoutAnalysis_IsConnectedAndWaitsForTheAnalysis(string reason)
    {
        Assert.Equal(new RetellOutcome(true, null), RetellDisconnections.For(reason, null));
        Assert.Equal(new RetellOutcome(true, CallOutcome.Confirmed), RetellDisconnections.For(reason, Confirmed));
    }

    [Theory]
    [InlineData("confirmed", false, CallOutcome.Confirmed)]
    [InlineData("cancelled", false, CallOutcome.Cancelled)]
    [InlineData("reschedule_requested", false, CallOutcome.RescheduleRequested)]
    [InlineData("unreached", false, CallOutcome.NoAnswer)]
    [InlineData("unclear", false, CallOutcome.Unclear)]
    [InlineData(null, false, CallOutcome.Unclear)]
    [InlineData("something_else", false, CallOutcome.Unclear)]
    [InlineData("confirmed", true, CallOutcome.Voicemail)]
    public void For_ConnectedCall_TakesTheOutcomeFromTheAnalysis(string? appointmentOutcome, bool inVoicemail, CallOutcome expected) =>
        Assert.Equal(expected, RetellDisconnections.For("user_hangup", new RetellAnalysis(inVoicemail, appointmentOutcome)).Outcome);

    [Fact]
    public void IsKnown_ListedAndUnlistedReasons()
    {
        Assert.True(RetellDisconnections.IsKnown("dial_busy"));
        Assert.True(RetellDisconnections.IsKnown("user_hangup"));
        Assert.False(RetellDisconnections.IsKnown("error_unknown"));
    }
}
