using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class BookingDurationTests
{
    [Theory]
    [InlineData(15, 15)]
    [InlineData(10, 15)]
    [InlineData(20, 30)]
    [InlineData(30, 30)]
    [InlineData(50, 60)]
    [InlineData(75, 90)]
    [InlineData(120, 120)]
    [InlineData(240, 120)]
    public void Snap_Minutes_ShortestAllowedDurationCoveringTheBooking(double minutes, int expected) =>
        Assert.Equal(expected, BookingDuration.Snap(minutes));

    [Theory]
    [InlineData(null)]
    [InlineData(0d)]
    [InlineData(-30d)]
    public void Snap_NoLength_IsNoDuration(double? minutes) => Assert.Null(BookingDuration.Snap(minutes));
}
