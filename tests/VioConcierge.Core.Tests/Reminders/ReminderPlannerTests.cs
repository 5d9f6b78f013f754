using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Reminders;

/// <summary>
/// Default policy: Europe/London, 08:00-20:00, no weekends, no holidays (England and Wales), retry cut-off 2 h (a first
/// call whose timing is shorter is made at its timing, and no later than halfway from it to the appointment).
/// 2026-01-14 is a Wednesday; 2026-01-17/18 a weekend.
/// </summary>
public partial class ReminderPlannerTests
{
    private static readonly CallingPolicy Default = new();
    private static readonly CallingPolicy Weekends = new() { WeekendCallingAllowed = true };

    [Theory]
    // target allowed
    [InlineData("2026-01-15T10:00:00Z", 24, "2026-01-10T09:00:00Z", "2026-01-14T10:00:00Z", null)]
    [InlineData("2026-01-15T08:00:00Z", 24, "2026-01-10T09:00:00Z", "2026-01-14T08:00:00Z", null)] // window start
    [InlineData("2026-01-14T12:00:00Z", 2, "2026-01-10T09:00:00Z", "2026-01-14T10:00:00Z", null)] // target = cut-off
    [InlineData("2026-01-21T10:00:00Z", 168, "2026-01-10T09:00:00Z", "2026-01-14T10:00:00Z", null)]
    // target not allowed: the latest allowed moment before it
    [InlineData("2026-01-19T10:00:00Z", 48, "2026-01-10T09:00:00Z", "2026-01-16T19:59:00Z", "weekend")] // Saturday -> Friday evening
    [InlineData("2026-01-19T10:00:00Z", 24, "2026-01-10T09:00:00Z", "2026-01-16T19:59:00Z", "weekend")] // Sunday -> Friday evening
    [InlineData("2026-05-26T10:00:00+01:00", 24, "2026-05-01T09:00:00Z", "2026-05-22T18:59:00Z", "holiday")] // bank holiday Monday -> Friday
    [InlineData("2026-12-29T10:00:00Z", 24, "2026-12-01T09:00:00Z", "2026-12-24T19:59:00Z", "holiday")] // Boxing Day substitute
    [InlineData("2026-01-15T03:00:00Z", 24, "2026-01-10T09:00:00Z", "2026-01-13T19:59:00Z", "outside_window")] // 03:00 -> evening before
    [InlineData("2026-01-15T20:00:00Z", 24, "2026-01-10T09:00:00Z", "2026-01-14T19:59:00Z", "outside_window")] // window end exclusive
    [InlineData("2026-01-14T09:00:00Z", 6, "2026-01-13T12:00:00Z", "2026-01-13T19:59:00Z", "outside_window")]
    // the latest allowed moment before the target is past: the earliest from now up to the cut-off
    [InlineData("2026-01-14T11:00:00Z", 8, "2026-01-13T21:00:00Z", "2026-01-14T08:00:00Z", "outside_window")] // cut-off 09:00
    [InlineData("2026-01-14T09:00:00Z", 6, "2026-01-13T21:00:00Z", null, "too_late")] // cut-off 07:00
    [InlineData("2026-01-19T10:00:00Z", 24, "2026-01-16T21:00:00Z", "2026-01-19T08:00:00Z", "weekend")] // Friday night -> Monday 08:00
    // target already passed (booked, moved or resumed inside the call timing)
    [InlineData("2026-01-14T15:00:00Z", 24, "2026-01-14T10:00:00Z", "2026-01-14T10:00:00Z", "target_passed")] // now
    [InlineData("2026-01-14T12:00:00Z", 24, "2026-01-14T06:00:00Z", "2026-01-14T08:00:00Z", "target_passed")] // window opens
    [InlineData("2026-01-19T12:00:00Z", 168, "2026-01-16T21:00:00Z", "2026-01-19T08:00:00Z", "target_passed")]
    [InlineData("2026-01-14T09:00:00Z", 24, "2026-01-14T06:00:00Z", null, "too_late")] // window opens after the cut-off
    [InlineData("2026-01-14T12:00:00Z", 24, "2026-01-14T11:00:00Z", null, "too_late")] // inside the retry cut-off
    // call timing shorter than the retry cut-off: the call is made at the timing
    [InlineData("2026-01-14T12:00:00Z", 1, "2026-01-10T09:00:00Z", "2026-01-14T11:00:00Z", null)]
    [InlineData("2026-01-14T12:00:00Z", 1, "2026-01-14T11:20:00Z", "2026-01-14T11:20:00Z", "target_passed")] // booked late: at once
    [InlineData("2026-01-14T12:00:00Z", 1, "2026-01-14T11:31:00Z", null, "too_late")] // past halfway to the appointment
    [InlineData("2026-01-14T08:30:00Z", 1, "2026-01-10T09:00:00Z", "2026-01-13T19:59:00Z", "outside_window")] // 07:30 -> evening before
    // appointment not after now
    [InlineData("2026-01-14T10:00:00Z", 24, "2026-01-14T10:00:00Z", null, "appointment_passed")]
    [InlineData("2026-01-14T10:00:00Z", 24, "2026-01-14T11:00:00Z", null, "appointment_passed")]
    public void Plan_DefaultPolicy_FollowsThePlanningRules(string appointment, int hours, string now, string? expected, string? reason)
    {
        var plan = ReminderPlanner.Plan(Moment.At(appointment), hours, Default, Moment.At(now));

        AssertPlan(plan, expected, reason);
    }

    [Theory]
    [InlineData(false, "2026-03-30T10:00:00+01:00", 24, "2026-03-20T09:00:00Z", "2026-03-27T19:59:00Z", "weekend")] // Fri 19:59 GMT
    [InlineData(true, "2026-03-30T10:00:00+01:00", 24, "2026-03-20T09:00:00Z", "2026-03-29T09:00:00Z", null)] // Sun 10:00 BST
    [InlineData(true, "2026-03-29T10:00:00+01:00", 24, "2026-03-20T09:00:00Z", "2026-03-28T09:00:00Z", null)] // elapsed: Sat 09:00 GMT
    [InlineData(true, "2026-03-30T07:30:00+01:00", 24, "2026-03-20T09:00:00Z", "2026-03-28T19:59:00Z", "outside_window")] // Sun 07:30 BST
    [InlineData(true, "2026-03-30T07:30:00+01:00", 24, "2026-03-28T21:00:00Z", "2026-03-29T07:00:00Z", "outside_window")] // Sun 08:00 BST
    [InlineData(false, "2026-10-26T09:00:00Z", 24, "2026-10-20T09:00:00Z", "2026-10-23T18:59:00Z", "weekend")] // Fri 19:59 BST
    [InlineData(true, "2026-10-26T09:00:00Z", 24, "2026-10-20T09:00:00Z", "2026-10-25T09:00:00Z", null)] // Sun 09:00 GMT
    [InlineData(true, "2026-10-26T07:30:00Z", 24, "2026-10-20T09:00:00Z", "2026-10-24T18:59:00Z", "outside_window")] // Sat 19:59 BST
    [InlineData(true, "2026-10-26T07:30:00Z", 24, "2026-10-24T20:00:00Z", "2026-10-25T08:00:00Z", "outside_window")] // Sun 08:00 GMT
    public void Plan_ClockChangeWeekends_PlansInLocalTime(bool weekends, string appointment, int hours, string now, string? expected, string? reason)
    {
        var plan = ReminderPlanner.Plan(Moment.At(appointment), hours, weekends ? Weekends : Default, Moment.At(now));

        AssertPlan(plan, expected, reason);
    }

    [Fact]
    public void Plan_TimingShorterThanTheRetryCutoff_CallsAtTheTiming()
    {
        var policy = Default with { RetryCutoff = TimeSpan.FromHours(6) };

        var plan = ReminderPlanner.Plan(Moment.At("2026-01-14T15:00:00Z"), 2, policy, Moment.At("2026-01-10T09:00:00Z"));

        AssertPlan(plan, "2026-01-14T13:00:00Z", null);
    }

    [Theory]
    [InlineData(2, "2026-01-14T10:00:00Z", "2026-01-14T12:00:00Z")] // exactly at the cut-off (14:00 - 2 h)
    [InlineData(2, "2026-01-14T11:00:00Z", null)] // 13:00 is after the cut-off 12:00
    [InlineData(1, "2026-01-14T11:00:00Z", "2026-01-14T13:00:00Z")] // a 1-hour cut-off leaves room
    public void Retry_StopsAtTheTenantsRetryCutoff(int cutoffHours, string outcomeAt, string? expected)
    {
        var policy = Default with { RetryCutoff = TimeSpan.FromHours(cutoffHours) };

        var plan = ReminderPlanner.Retry(Moment.At(outcomeAt), TimeSpan.FromHours(2), Moment.At("2026-01-14T14:00:00Z"), policy);

        AssertPlan(plan, expected, expected is null ? "too_late" : null);
    }

    private static void AssertPlan(PlannedCall plan, string? expected, string? reason)
    {
        Assert.Equal(Moment.OrNull(expected), plan.When);
        Assert.Equal(expected is null, plan.IsSkipped);
        Assert.Equal(expected is null ? reason : null, plan.SkipReason);
        Assert.Equal(expected is null ? null : reason, plan.MovedBecause);
        if (plan.When is { } when)
        {
            Assert.Equal(TimeSpan.Zero, when.Offset);
        }
    }
}
