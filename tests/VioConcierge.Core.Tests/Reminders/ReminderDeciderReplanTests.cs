using VioConcierge.Core.Reminders;
using static VioConcierge.Core.Reminders.ReminderCommand;
using static VioConcierge.Core.Reminders.ReminderEvent;

namespace VioConcierge.Core.Tests.Reminders;

public class ReminderDeciderReplanTests
{
    // Tuesday 1 Dec 2026, 09:00 London (GMT). Appointment Friday 4 Dec 10:00 UTC: the 24 h call is Thursday 10:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Appointment = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly ReminderPolicy London = ReminderPolicy.From(new CallSettings(), new CallingPolicy());
    private static readonly ReminderPolicy NewYork = ReminderPolicy.From(new CallSettings(), new CallingPolicy { TimeZoneId = "America/New_York" });
    private static readonly ReminderPolicy Tokyo = ReminderPolicy.From(new CallSettings(), new CallingPolicy { TimeZoneId = "Asia/Tokyo" });

    private static ReminderState Scheduled() => ReminderDecider.Decide(ReminderState.New, new AppointmentSet(Appointment, 24), Now, London).State;

    [Fact]
    public void PolicyChanged_TargetOutsideTheNewZonesHours_MovesBackToTheLatestAllowedMoment()
    {
        var state = Scheduled();

        var decision = ReminderDecider.Decide(state, new PolicyChanged("timezone_changed"), Now, NewYork);

        // Thursday 10:00 UTC is 05:00 in New York: the call moves to Wednesday evening there, before 20:00 (01:00 UTC).
        var at = decision.State.NextCallAt!.Value;
        Assert.True(at < state.NextCallAt && at > new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), at.ToString("O"));
        Assert.Contains(new ScheduleTimer(at, state.TimerSeq + 1), decision.Commands);
        Assert.Equal(["timezone_changed", "replanned", "outside_window"], decision.Commands.OfType<Timeline>().Select(line => line.Code));
    }

    [Fact]
    public void PolicyChanged_TargetStillAllowed_ChangesNothing()
    {
        var state = Scheduled();

        var decision = ReminderDecider.Decide(state, new PolicyChanged("timezone_changed"), Now, Tokyo);

        Assert.Same(state, decision.State);
        Assert.Empty(decision.Commands);
    }

    [Fact]
    public void PolicyChanged_ARetryOutsideTheNewHours_MovesForwardToTheNextAllowedMoment()
    {
        var retryAt = new DateTimeOffset(2026, 12, 2, 19, 30, 0, TimeSpan.Zero);
        var state = Scheduled() with { Attempts = 1, NextCallAt = retryAt };

        var decision = ReminderDecider.Decide(state, new PolicyChanged("timezone_changed"), Now, Tokyo);

        // 19:30 UTC is 04:30 in Tokyo: the retry waits for 08:00 there (23:00 UTC).
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.Zero), decision.State.NextCallAt);
        Assert.Equal(1, decision.State.Attempts);
    }

    [Theory]
    [InlineData(ReminderStatus.Calling)]
    [InlineData(ReminderStatus.Paused)]
    [InlineData(ReminderStatus.Done)]
    [InlineData(ReminderStatus.Idle)]
    public void PolicyChanged_NotWaiting_ChangesNothing(ReminderStatus status)
    {
        var state = Scheduled() with { Status = status };

        var decision = ReminderDecider.Decide(state, new PolicyChanged("timezone_changed"), Now, NewYork);

        Assert.Same(state, decision.State);
        Assert.Empty(decision.Commands);
    }
}
