using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Calls;

public sealed class CallSessionDeciderTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly CallSessionState New = new(CallSessionStatus.Initiated);
    private static readonly CallSessionState Ringing = New with { Status = CallSessionStatus.Ringing, ProviderCallId = "call_1", PlacedAt = Now.AddMinutes(-2) };

    [Fact]
    public void Placed_Initiated_RingsWithTheProvidersId()
    {
        var next = CallSessionDecider.Decide(New, new CallSessionEvent.Placed("call_1"), Now);

        Assert.Equal(New with { Status = CallSessionStatus.Ringing, ProviderCallId = "call_1" }, next);
    }

    [Fact]
    public void Placed_AfterTheCallWasAnswered_KeepsOnlyTheMissingId()
    {
        var answered = New with { Status = CallSessionStatus.InProgress, ConnectedAt = Now };

        Assert.Equal(answered with { ProviderCallId = "call_9" }, CallSessionDecider.Decide(answered, new CallSessionEvent.Placed("call_9"), Now));
        Assert.Null(CallSessionDecider.Decide(answered with { ProviderCallId = "call_1" }, new CallSessionEvent.Placed("call_9"), Now));
    }

    [Fact]
    public void PlacementUnconfirmed_StaysOpenForTheWebhook()
    {
        var next = CallSessionDecider.Decide(New, new CallSessionEvent.PlacementUnconfirmed(), Now);

        Assert.Equal(New with { Error = CallSessionDecider.PlacementUnconfirmed }, next);
        Assert.True(next!.IsOpen);
    }

    [Fact]
    public void Refused_Open_FailsWithTheReason_NeverAfterTheEnd()
    {
        var failed = CallSessionDecider.Decide(New, new CallSessionEvent.Refused(DialRefusals.DoNotCall), Now);

        Assert.Equal(New with { Status = CallSessionStatus.Failed, Error = DialRefusals.DoNotCall, EndedAt = Now }, failed);
        Assert.Null(CallSessionDecider.Decide(failed!, new CallSessionEvent.Refused(DialRefusals.RateLimited), Now));
    }

    [Fact]
    public void Connected_RingingOrInitiated_InProgressAtTheProvidersTime()
    {
        var at = Now.AddSeconds(-20);

        Assert.Equal(Ringing with { Status = CallSessionStatus.InProgress, ConnectedAt = at },
            CallSessionDecider.Decide(Ringing, new CallSessionEvent.Connected(at, "other"), Now));
        Assert.Equal(New with { Status = CallSessionStatus.InProgress, ConnectedAt = Now, ProviderCallId = "call_2" },
            CallSessionDecider.Decide(New, new CallSessionEvent.Connected(null, "call_2"), Now));
    }

    [Fact]
    public void Connected_AfterTheOutcome_ChangesNothing()
    {
        var ended = CallSessionDecider.Decide(Ringing, new CallSessionEvent.Ended(CallOutcome.Confirmed), Now)!;

        Assert.Null(CallSessionDecider.Decide(ended, new CallSessionEvent.Connected(Now, null), Now.AddMinutes(1)));
    }

    [Theory]
    [InlineData(CallOutcome.Confirmed, CallSessionStatus.Completed)]
    [InlineData(CallOutcome.NoAnswer, CallSessionStatus.Completed)]
    [InlineData(CallOutcome.Failed, CallSessionStatus.Failed)]
    [InlineData(CallOutcome.InvalidNumber, CallSessionStatus.Failed)]
    public void Ended_RecordsTheOutcomeOnce(CallOutcome outcome, string status)
    {
        var ended = CallSessionDecider.Decide(Ringing, new CallSessionEvent.Ended(outcome), Now);

        Assert.Equal(Ringing with { Status = status, Outcome = CallOutcomes.Name(outcome), EndedAt = Now }, ended);
        Assert.Null(CallSessionDecider.Decide(ended!, new CallSessionEvent.Ended(CallOutcome.Cancelled), Now.AddMinutes(1)));
    }

    [Fact]
    public void Stopped_OnlyBeforeItWasPlaced()
    {
        Assert.Equal(New with { Status = CallSessionStatus.Failed, Error = CallSessionDecider.CallStopped, EndedAt = Now },
            CallSessionDecider.Decide(New, new CallSessionEvent.Stopped(), Now));
        Assert.Null(CallSessionDecider.Decide(Ringing, new CallSessionEvent.Stopped(), Now));
        Assert.Null(CallSessionDecider.Decide(New with { PlacedAt = Now }, new CallSessionEvent.Stopped(), Now));
    }
}
