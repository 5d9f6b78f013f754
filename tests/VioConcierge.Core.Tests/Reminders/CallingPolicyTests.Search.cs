
namespace VioConcierge.Core.Tests.Reminders;

public partial class CallingPolicyTests
{
    [Theory]
    [InlineData(false, "2026-01-14T10:00:00Z", "2026-01-01T00:00:00Z", "2026-01-14T10:00:00Z")] // allowed: itself
    [InlineData(false, "2026-01-14T03:00:00Z", "2026-01-01T00:00:00Z", "2026-01-13T19:59:00Z")] // night: evening before
    [InlineData(false, "2026-01-14T20:00:00Z", "2026-01-01T00:00:00Z", "2026-01-14T19:59:00Z")] // end is exclusive
    [InlineData(false, "2026-01-17T10:00:00Z", "2026-01-01T00:00:00Z", "2026-01-16T19:59:00Z")] // Saturday: Friday
    [InlineData(false, "2026-01-17T10:00:00Z", "2026-01-16T20:00:00Z", null)] // Friday's window is before notBefore
    [InlineData(false, "2026-01-14T20:00:30Z", "2026-01-14T19:59:30Z", "2026-01-14T19:59:30Z")] // never before notBefore
    [InlineData(false, "2026-07-15T03:00:00Z", "2026-07-01T00:00:00Z", "2026-07-14T18:59:00Z")] // 19:59 BST
    [InlineData(false, "2026-12-29T07:00:00Z", "2026-12-01T00:00:00Z", "2026-12-24T19:59:00Z")] // over Christmas
    [InlineData(false, "2026-03-30T06:00:00Z", "2026-03-01T00:00:00Z", "2026-03-27T19:59:00Z")] // Mon 07:00 BST: Fri 19:59 GMT
    [InlineData(true, "2026-03-30T06:00:00Z", "2026-03-01T00:00:00Z", "2026-03-29T18:59:00Z")] // change day, 19:59 BST
    [InlineData(false, "2026-10-26T07:00:00Z", "2026-10-01T00:00:00Z", "2026-10-23T18:59:00Z")] // Mon 07:00 GMT: Fri 19:59 BST
    [InlineData(true, "2026-10-26T07:00:00Z", "2026-10-01T00:00:00Z", "2026-10-25T19:59:00Z")] // change day, 19:59 GMT
    public void LatestAllowedAtOrBefore_Instant_MovesBackToTheLastAllowedMinute(bool weekends, string instant, string notBefore, string? expected)
    {
        var policy = weekends ? Weekends : Default;

        var latest = policy.LatestAllowedAtOrBefore(Moment.At(instant), Moment.At(notBefore));

        Assert.Equal(Moment.OrNull(expected), latest);
    }

    [Theory]
    [InlineData(false, "2026-01-14T10:00:00Z", "2026-02-01T00:00:00Z", "2026-01-14T10:00:00Z")] // allowed: itself
    [InlineData(false, "2026-01-14T20:00:00Z", "2026-02-01T00:00:00Z", "2026-01-15T08:00:00Z")]
    [InlineData(false, "2026-01-14T03:00:00Z", "2026-02-01T00:00:00Z", "2026-01-14T08:00:00Z")]
    [InlineData(false, "2026-01-16T20:30:00Z", "2026-02-01T00:00:00Z", "2026-01-19T08:00:00Z")] // Friday night: Monday
    [InlineData(false, "2026-12-24T20:00:00Z", "2027-01-31T00:00:00Z", "2026-12-29T08:00:00Z")] // Christmas, weekend, substitute
    [InlineData(false, "2026-12-24T20:00:00Z", "2026-12-29T07:59:00Z", null)] // nothing before notAfter
    [InlineData(false, "2026-01-14T10:00:00Z", "2026-01-14T09:00:00Z", null)] // notAfter before instant
    [InlineData(false, "2026-03-27T20:00:00Z", "2026-04-30T00:00:00Z", "2026-03-30T07:00:00Z")] // Monday 08:00 BST
    [InlineData(true, "2026-03-28T20:00:00Z", "2026-04-30T00:00:00Z", "2026-03-29T07:00:00Z")] // change day 08:00 BST
    [InlineData(true, "2026-10-24T19:00:00Z", "2026-11-30T00:00:00Z", "2026-10-25T08:00:00Z")] // change day 08:00 GMT
    public void EarliestAllowedAtOrAfter_Instant_MovesForwardToTheNextWindow(bool weekends, string instant, string notAfter, string? expected)
    {
        var policy = weekends ? Weekends : Default;

        var earliest = policy.EarliestAllowedAtOrAfter(Moment.At(instant), Moment.At(notAfter));

        Assert.Equal(Moment.OrNull(expected), earliest);
    }

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", "outside_window")] // 00:59 GMT
    [InlineData("2026-03-29T01:00:00Z", null)] // 02:00 BST: 01:30 local never happened, the window opens at the change
    [InlineData("2026-03-29T01:59:59Z", null)] // 02:59:59 BST
    [InlineData("2026-03-29T02:00:00Z", "outside_window")] // 03:00 BST
    public void Check_WindowEdgeSkippedWhenClocksGoForward_OpensAtTheChange(string instant, string? expected)
    {
        var policy = Weekends with { WindowStart = new TimeOnly(1, 30), WindowEnd = new TimeOnly(3, 0) };

        Assert.Equal(expected, policy.Check(Moment.At(instant)).Reason);
        Assert.Equal(Moment.At("2026-03-29T01:00:00Z"), policy.EarliestAllowedAtOrAfter(Moment.At("2026-03-28T23:00:00Z"), Moment.At("2026-03-30T00:00:00Z")));
        Assert.Equal(Moment.At("2026-03-29T01:59:00Z"), policy.LatestAllowedAtOrBefore(Moment.At("2026-03-29T05:00:00Z"), Moment.At("2026-03-29T00:00:00Z")));
    }

    [Theory]
    [InlineData(1, 30, 3, 0, "2026-10-25T00:29:00Z", "outside_window")] // 00:29 BST
    [InlineData(1, 30, 3, 0, "2026-10-25T00:30:00Z", null)] // the first 01:30 (BST) opens the window
    [InlineData(1, 30, 3, 0, "2026-10-25T01:15:00Z", null)] // 01:15 GMT, the repeated hour: still open
    [InlineData(0, 0, 1, 30, "2026-10-25T00:29:00Z", null)]
    [InlineData(0, 0, 1, 30, "2026-10-25T00:30:00Z", "outside_window")] // the first 01:30 closes the window
    [InlineData(0, 0, 1, 30, "2026-10-25T01:15:00Z", "outside_window")] // and the repeated hour stays closed
    public void Check_WindowEdgeRepeatedWhenClocksGoBack_UsesTheFirstOccurrence(int startHour, int startMinute, int endHour, int endMinute, string instant, string? expected)
    {
        var policy = Weekends with { WindowStart = new TimeOnly(startHour, startMinute), WindowEnd = new TimeOnly(endHour, endMinute) };

        Assert.Equal(expected, policy.Check(Moment.At(instant)).Reason);
    }

    [Fact]
    public void LatestAllowedAtOrBefore_WindowEndRepeatedWhenClocksGoBack_EndsAtTheFirstOccurrence()
    {
        var policy = Weekends with { WindowStart = TimeOnly.MinValue, WindowEnd = new TimeOnly(1, 30) };

        var latest = policy.LatestAllowedAtOrBefore(Moment.At("2026-10-25T01:15:00Z"), Moment.At("2026-10-24T23:30:00Z"));

        Assert.Equal(Moment.At("2026-10-25T00:29:00Z"), latest);
    }

    [Fact]
    public void Searches_ResultsAreUtc()
    {
        var latest = Default.LatestAllowedAtOrBefore(Moment.At("2026-07-15T10:00:00+01:00"), Moment.At("2026-07-01T00:00:00Z"));
        var earliest = Default.EarliestAllowedAtOrAfter(Moment.At("2026-07-15T21:00:00+01:00"), Moment.At("2026-07-31T00:00:00Z"));

        Assert.Equal(TimeSpan.Zero, latest?.Offset);
        Assert.Equal(Moment.At("2026-07-16T07:00:00Z"), earliest);
        Assert.Equal(TimeSpan.Zero, earliest?.Offset);
    }
}
