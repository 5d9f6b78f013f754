using VioConcierge.Core.Notifications;

namespace VioConcierge.Core.Tests.Notifications;

public class QuietHoursTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    // Winter (GMT): 23:30 and 07:59 are quiet and end at 08:00; 08:00 and 21:59 are not.
    [InlineData("2030-01-08T23:30:00Z", "2030-01-09T08:00:00Z")]
    [InlineData("2030-01-09T07:59:00Z", "2030-01-09T08:00:00Z")]
    [InlineData("2030-01-09T08:00:00Z", null)]
    [InlineData("2030-01-09T21:59:00Z", null)]
    [InlineData("2030-01-09T22:00:00Z", "2030-01-10T08:00:00Z")]
    // Summer (BST, UTC+1): 22:30 local is 21:30 UTC, and 08:00 local is 07:00 UTC.
    [InlineData("2030-07-09T21:30:00Z", "2030-07-10T07:00:00Z")]
    [InlineData("2030-07-09T20:59:00Z", null)]
    public void EndAfter_DefaultHours_InTheTenantsZone(string now, string? end)
    {
        Assert.Equal(end is null ? null : DateTimeOffset.Parse(end), QuietHours.Default.EndAfter(DateTimeOffset.Parse(now), London));
    }

    [Fact]
    public void EndAfter_WindowWithinOneDay_EndsThatDay()
    {
        var lunch = new QuietHours(true, new TimeOnly(12, 0), new TimeOnly(14, 0));

        Assert.Equal(DateTimeOffset.Parse("2030-01-09T14:00:00Z"), lunch.EndAfter(DateTimeOffset.Parse("2030-01-09T13:00:00Z"), London));
        Assert.Null(lunch.EndAfter(DateTimeOffset.Parse("2030-01-09T14:00:00Z"), London));
    }

    [Fact]
    public void EndAfter_Disabled_NeverHolds()
    {
        Assert.Null((QuietHours.Default with { Enabled = false }).EndAfter(DateTimeOffset.Parse("2030-01-08T23:30:00Z"), London));
    }
}
