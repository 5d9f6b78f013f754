using System.Text.Json;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Reminders;

/// <summary>
/// A decision made in an orchestration travels as JSON to the activity that carries it out, with the reminder and
/// policy it was made on: every command kind, the state and the calling policy arrive as they left.
/// </summary>
public sealed class DecisionJsonTests
{
    private static readonly DateTimeOffset At = new(2027, 2, 16, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decision_WithEveryCommandKind_RoundTripsThroughJson()
    {
        var decision = new Decision(
            new ReminderState(ReminderStatus.Calling, At.AddDays(1), 24, 1, At, 3, new ActiveCall(2, At, Connected: true), CallOutcome.NoAnswer, null, "concurrency_limit"),
            [
                new ReminderCommand.ScheduleTimer(At, 4), new ReminderCommand.PlaceCall(2), new ReminderCommand.ScheduleOutcomeCheck(2, At),
                new ReminderCommand.StopCall(2), new ReminderCommand.UpdateContact("confirmed", true, At), new ReminderCommand.NotifyStaff("appointment_confirmed"),
                new ReminderCommand.FlagContact("invalid_number"), new ReminderCommand.Timeline("dialling", At, 2),
            ]);

        var back = JsonSerializer.Deserialize<Decision>(JsonSerializer.Serialize(decision))!;

        Assert.Equal(decision.State, back.State);
        Assert.Equal(decision.Commands, back.Commands);
    }

    [Fact]
    public void Policy_RoundTripsThroughJson_AndDecidesTheSame()
    {
        var policy = new ReminderPolicy(
            new CallingPolicy { TimeZoneId = "Europe/London", WindowStart = new(9, 0), WindowEnd = new(17, 30), ClosedDates = [new(2027, 2, 17)] },
            AutomaticRetries: true, MaxRetryAttempts: 3, new RetryDelays(TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromMinutes(30)));

        var back = JsonSerializer.Deserialize<ReminderPolicy>(JsonSerializer.Serialize(policy))!;

        Assert.Equal((policy.Calling.TimeZoneId, policy.Calling.WindowStart, policy.Calling.WindowEnd), (back.Calling.TimeZoneId, back.Calling.WindowStart, back.Calling.WindowEnd));
        Assert.Equal(policy.Calling.ClosedDates, back.Calling.ClosedDates);
        Assert.Equal((policy.MaxAttempts, policy.Delays), (back.MaxAttempts, back.Delays));
        var calling = new ReminderState(ReminderStatus.Calling, At.AddDays(2), 24, 0, null, 1, new ActiveCall(1, At), null, null);
        var expected = ReminderDecider.Decide(calling, new ReminderEvent.OutcomeReceived(1, CallOutcome.Busy), At, policy);
        var actual = ReminderDecider.Decide(calling, new ReminderEvent.OutcomeReceived(1, CallOutcome.Busy), At, back);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.Commands, actual.Commands);
    }
}
