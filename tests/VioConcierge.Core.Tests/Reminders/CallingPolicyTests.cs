using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Reminders;

/// <summary>Default policy: Europe/London, 08:00-20:00, no weekends, no holidays (England and Wales).</summary>
public partial class CallingPolicyTests
{
    private static readonly CallingPolicy Default = new();
    private static readonly CallingPolicy Weekends = new() { WeekendCallingAllowed = true };

    [Theory]
    [InlineData("2026-01-14T07:59:59+00:00", "outside_window")] // Wednesday in GMT
    [InlineData("2026-01-14T08:00:00+00:00", null)]
    [InlineData("2026-01-14T19:59:59+00:00", null)]
    [InlineData("2026-01-14T20:00:00+00:00", "outside_window")]
    [InlineData("2026-07-15T07:59:59+01:00", "outside_window")] // Wednesday in BST
    [InlineData("2026-07-15T08:00:00+01:00", null)]
    [InlineData("2026-07-15T19:59:59+01:00", null)]
    [InlineData("2026-07-15T20:00:00+01:00", "outside_window")]
    [InlineData("2026-07-15T07:00:00Z", null)] // 08:00-20:00 BST is 07:00-19:00 UTC
    [InlineData("2026-07-15T19:00:00Z", "outside_window")]
    [InlineData("2026-07-18T10:00:00+01:00", "weekend")]
    [InlineData("2026-07-19T10:00:00+01:00", "weekend")]
    [InlineData("2026-07-18T03:00:00+01:00", "outside_window")] // the window is checked first
    [InlineData("2026-08-31T10:00:00+01:00", "holiday")] // summer bank holiday
    [InlineData("2026-12-28T10:00:00+00:00", "holiday")] // Boxing Day substitute
    [InlineData("2026-12-29T10:00:00+00:00", null)]
    public void Check_DefaultPolicy_NamesTheFirstRuleBroken(string instant, string? expected)
    {
        var check = Default.Check(Moment.At(instant));

        Assert.Equal(expected, check.Reason);
        Assert.Equal(expected is null, Default.IsAllowed(Moment.At(instant)));
    }

    [Theory]
    [InlineData("2026-03-29T06:59:59Z", "outside_window")] // spring forward: window is 07:00-19:00 UTC
    [InlineData("2026-03-29T07:00:00Z", null)]
    [InlineData("2026-03-29T18:59:59Z", null)]
    [InlineData("2026-03-29T19:00:00Z", "outside_window")]
    [InlineData("2026-03-28T07:59:59Z", "outside_window")] // the Saturday before is still GMT
    [InlineData("2026-03-28T19:59:59Z", null)]
    [InlineData("2026-10-25T07:59:59Z", "outside_window")] // fall back: window is 08:00-20:00 UTC
    [InlineData("2026-10-25T08:00:00Z", null)]
    [InlineData("2026-10-25T19:59:59Z", null)]
    [InlineData("2026-10-25T20:00:00Z", "outside_window")]
    [InlineData("2026-10-24T07:00:00Z", null)] // the Saturday before is still BST
    [InlineData("2026-10-24T19:00:00Z", "outside_window")]
    public void Check_ClockChangeDays_WindowFollowsLocalTime(string instant, string? expected)
    {
        Assert.Equal(expected, Weekends.Check(Moment.At(instant)).Reason);
    }

    [Theory]
    [InlineData(BankHolidayRegion.Scotland, "2026-08-03T10:00:00+01:00", "holiday")]
    [InlineData(BankHolidayRegion.Scotland, "2026-08-31T10:00:00+01:00", null)]
    [InlineData(BankHolidayRegion.Scotland, "2026-11-30T10:00:00+00:00", "holiday")]
    [InlineData(BankHolidayRegion.NorthernIreland, "2026-07-13T10:00:00+01:00", "holiday")]
    [InlineData(BankHolidayRegion.NorthernIreland, "2026-03-17T10:00:00+00:00", "holiday")]
    [InlineData(BankHolidayRegion.EnglandAndWales, "2026-03-17T10:00:00+00:00", null)]
    public void Check_BankHolidayRegion_UsesThatRegionsCalendar(BankHolidayRegion region, string instant, string? expected)
    {
        var policy = new CallingPolicy { BankHolidayRegion = region };

        Assert.Equal(expected, policy.Check(Moment.At(instant)).Reason);
    }

    [Theory]
    [InlineData(false, false, false, "2026-07-15T10:00:00+01:00", "holiday")] // custom closed date
    [InlineData(false, true, false, "2026-07-15T10:00:00+01:00", null)] // holiday calling covers custom dates (seed 000)
    [InlineData(true, false, false, "2027-12-25T10:00:00+00:00", "holiday")] // weekends allowed, still not Christmas Day
    [InlineData(true, true, false, "2027-12-25T10:00:00+00:00", null)]
    [InlineData(false, true, false, "2027-12-27T10:00:00+00:00", null)]
    [InlineData(false, false, true, "2026-08-31T10:00:00+01:00", null)] // bank holidays not observed
    [InlineData(false, false, true, "2026-07-15T10:00:00+01:00", "holiday")] // custom dates still are
    public void Check_WeekendHolidayAndClosedDateSwitches_Apply(bool weekends, bool holidays, bool ignoreBankHolidays, string instant, string? expected)
    {
        var policy = new CallingPolicy
        {
            WeekendCallingAllowed = weekends,
            HolidayCallingAllowed = holidays,
            ObserveBankHolidays = !ignoreBankHolidays,
            ClosedDates = [new DateOnly(2026, 7, 15)],
        };

        Assert.Equal(expected, policy.Check(Moment.At(instant)).Reason);
    }

    [Theory]
    [InlineData("2026-07-15T12:00:00Z", null)] // 08:00 EDT
    [InlineData("2026-07-15T11:59:59Z", "outside_window")]
    [InlineData("2026-07-16T00:30:00Z", null)] // 20:30 EDT on the Wednesday
    public void Check_OtherZone_UsesThatZonesLocalTime(string instant, string? expected)
    {
        var policy = new CallingPolicy { TimeZoneId = "America/New_York", WindowEnd = new TimeOnly(21, 0) };

        Assert.Equal(expected, policy.Check(Moment.At(instant)).Reason);
    }

    [Fact]
    public void Check_WindowStartNotBeforeEnd_AllowsNothing()
    {
        var policy = new CallingPolicy { WindowStart = new TimeOnly(20, 0), WindowEnd = new TimeOnly(8, 0) };
        var wednesday = Moment.At("2026-01-14T10:00:00Z");

        Assert.Equal("outside_window", policy.Check(wednesday).Reason);
        Assert.Null(policy.EarliestAllowedAtOrAfter(wednesday, wednesday.AddDays(30)));
        Assert.Null(policy.LatestAllowedAtOrBefore(wednesday, wednesday.AddDays(-30)));
    }
}
