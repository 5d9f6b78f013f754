using VioConcierge.Core.Notifications;

namespace VioConcierge.Core.Tests.Notifications;

public class ReportScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2030-01-08T08:59:00Z", "2030-01-07")] // before 09:00 today: yesterday's was the latest
    [InlineData("2030-01-08T09:00:00Z", "2030-01-08")]
    [InlineData("2030-07-08T08:00:00Z", "2030-07-08")] // 09:00 BST is 08:00 UTC
    [InlineData("2030-07-08T07:59:00Z", "2030-07-07")]
    public void LatestDue_Daily_AtTheLocalTime(string now, string due)
    {
        Assert.Equal(DateOnly.Parse(due), new ReportSchedule(new TimeOnly(9, 0)).LatestDue(DateTimeOffset.Parse(now), London));
    }

    [Theory]
    [InlineData("2030-01-07T09:00:00Z", "2030-01-07")] // Monday 09:00
    [InlineData("2030-01-07T08:59:00Z", "2029-12-31")] // a minute before: the Monday before
    [InlineData("2030-01-13T23:00:00Z", "2030-01-07")] // Sunday night
    public void LatestDue_Weekly_TheChosenDayAtTheLocalTime(string now, string due)
    {
        Assert.Equal(DateOnly.Parse(due), new ReportSchedule(new TimeOnly(9, 0), DayOfWeek.Monday).LatestDue(DateTimeOffset.Parse(now), London));
    }

    [Fact]
    public void LatestDue_InAnotherZone_FollowsItsMidnight()
    {
        // 03:00 UTC on Tuesday is 22:00 Monday in New York: Monday's 21:00 report is the latest.
        Assert.Equal(new DateOnly(2030, 1, 7), new ReportSchedule(new TimeOnly(21, 0)).LatestDue(DateTimeOffset.Parse("2030-01-08T03:00:00Z"), NewYork));
    }

    [Fact]
    public void Period_DailyCoversTheDayBefore_WeeklyTheSevenDaysBefore()
    {
        var monday = new DateOnly(2030, 1, 7);

        Assert.Equal((new DateOnly(2030, 1, 6), monday), new ReportSchedule(new TimeOnly(9, 0)).Period(monday));
        Assert.Equal((new DateOnly(2029, 12, 31), monday), new ReportSchedule(new TimeOnly(9, 0), DayOfWeek.Monday).Period(monday));
    }

    [Fact]
    public void SentOnAfterSave_SwitchedOnAfterToday_CountsTodayAsSent_AndBeforeLeavesTodayToCome()
    {
        var daily = new ReportSchedule(new TimeOnly(9, 0));

        Assert.Equal(new DateOnly(2030, 1, 8),
            ReportStart.SentOnAfterSave((false, daily), (true, daily), null, DateTimeOffset.Parse("2030-01-08T10:00:00Z"), London));
        Assert.Equal(new DateOnly(2030, 1, 7),
            ReportStart.SentOnAfterSave(null, (true, daily), null, DateTimeOffset.Parse("2030-01-08T08:00:00Z"), London));
        Assert.Equal(new DateOnly(2030, 1, 5),
            ReportStart.SentOnAfterSave((true, daily), (true, daily), new DateOnly(2030, 1, 5), DateTimeOffset.Parse("2030-01-08T10:00:00Z"), London));
    }
}
