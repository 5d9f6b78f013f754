using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Reminders;

public partial class ReminderPlannerTests
{
    [Theory]
    // appointment Friday 2026-01-16 15:00 UTC, cut-off 13:00
    [InlineData("2026-01-14T10:00:00Z", 2, "2026-01-16T15:00:00Z", "2026-01-14T12:00:00Z", null)] // no answer
    [InlineData("2026-01-14T10:00:00Z", 8, "2026-01-16T15:00:00Z", "2026-01-14T18:00:00Z", null)] // voicemail
    [InlineData("2026-01-14T10:00:00Z", 0.5, "2026-01-16T15:00:00Z", "2026-01-14T10:30:00Z", null)] // busy
    [InlineData("2026-01-14T19:00:00Z", 2, "2026-01-16T15:00:00Z", "2026-01-15T08:00:00Z", "outside_window")]
    [InlineData("2026-01-15T14:00:00Z", 8, "2026-01-16T15:00:00Z", "2026-01-16T08:00:00Z", "outside_window")]
    [InlineData("2026-01-15T15:00:00Z", 24, "2026-01-16T15:00:00Z", null, "too_late")] // after the cut-off
    [InlineData("2026-01-16T11:00:00Z", 2, "2026-01-16T15:00:00Z", "2026-01-16T13:00:00Z", null)] // exactly the cut-off
    [InlineData("2026-01-16T12:30:00Z", 1, "2026-01-16T15:00:00Z", null, "too_late")]
    // appointment Monday 2026-01-19
    [InlineData("2026-01-16T10:00:00Z", 24, "2026-01-19T15:00:00Z", "2026-01-19T08:00:00Z", "weekend")]
    [InlineData("2026-01-16T19:30:00Z", 1, "2026-01-19T15:00:00Z", "2026-01-19T08:00:00Z", "outside_window")]
    [InlineData("2026-01-16T10:00:00Z", 24, "2026-01-19T09:00:00Z", null, "too_late")] // Monday's window opens after the cut-off
    // across the spring change: Friday 20:00 GMT -> Monday 08:00 BST
    [InlineData("2026-03-27T18:00:00Z", 2, "2026-03-30T12:00:00+01:00", "2026-03-30T07:00:00Z", "outside_window")]
    // onto a bank holiday: Good Friday 2026-04-03 -> Tuesday after Easter Monday
    [InlineData("2026-04-02T16:00:00Z", 24, "2026-04-07T15:00:00+01:00", "2026-04-07T07:00:00Z", "holiday")]
    public void Retry_OutcomeDelay_MovesToTheNextAllowedMomentBeforeTheCutOff(string outcomeAt, double delayHours, string appointment, string? expected, string? reason)
    {
        var plan = ReminderPlanner.Retry(Moment.At(outcomeAt), TimeSpan.FromHours(delayHours), Moment.At(appointment), Default);

        AssertPlan(plan, expected, reason);
    }

    [Fact]
    public void Retry_DefaultDelaysByOutcome_AreTwoEightAndOneHours()
    {
        var outcomeAt = Moment.At("2026-01-14T09:00:00Z");
        var appointment = Moment.At("2026-01-16T15:00:00Z");
        var delays = RetryDelays.Default;

        Assert.Equal(Moment.At("2026-01-14T11:00:00Z"), ReminderPlanner.Retry(outcomeAt, delays.NoAnswer, appointment, Default).When);
        Assert.Equal(Moment.At("2026-01-14T17:00:00Z"), ReminderPlanner.Retry(outcomeAt, delays.Voicemail, appointment, Default).When);
        Assert.Equal(Moment.At("2026-01-14T10:00:00Z"), ReminderPlanner.Retry(outcomeAt, delays.Busy, appointment, Default).When);
    }
}
