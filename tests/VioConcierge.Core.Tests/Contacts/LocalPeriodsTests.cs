using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class LocalPeriodsTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Day_InSummer_StartsAtLocalMidnight()
    {
        var (from, to) = LocalPeriods.Day(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), London);

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 23, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 23, 0, 0, TimeSpan.Zero), to);
    }

    [Fact]
    public void Day_WhenClocksGoBack_IsTwentyFiveHoursLong()
    {
        var (from, to) = LocalPeriods.Day(new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero), London);

        Assert.Equal(TimeSpan.FromHours(25), to - from);
    }

    [Fact]
    public void Week_StartsOnMonday_AndNextWeekFollowsIt()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

        var (from, to) = LocalPeriods.Week(sunday, London);
        Assert.True(LocalPeriods.TryResolve("next_week", sunday, London, out var next));

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(to, next.From);
        Assert.False(LocalPeriods.TryResolve("fortnight", sunday, London, out _));
    }
}
