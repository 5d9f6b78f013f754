using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class AppointmentTimeTests
{
    [Theory]
    [InlineData("2026-12-01T10:30", "Europe/London", "2026-12-01T10:30:00Z")]
    [InlineData("2026-07-01T10:30", "Europe/London", "2026-07-01T09:30:00Z")]
    [InlineData("2026-10-25T01:30", "Europe/London", "2026-10-25T00:30:00Z")]
    [InlineData("2026-10-25T02:30", "Europe/London", "2026-10-25T02:30:00Z")]
    [InlineData("2026-07-01T10:30", "America/New_York", "2026-07-01T14:30:00Z")]
    [InlineData("2026-07-01T10:30:00+01:00", "America/New_York", "2026-07-01T09:30:00Z")]
    [InlineData("2026-07-01T10:30:00Z", "Europe/London", "2026-07-01T10:30:00Z")]
    public void TryParse_LocalOrOffsetTime_GivesTheInstant(string text, string zone, string expected)
    {
        Assert.True(AppointmentTime.TryParse(text, zone, out var instant, out _));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("2026-03-29T01:30")]
    [InlineData("2026-03-29T01:00")]
    public void TryParse_TimeSkippedWhenClocksGoForward_IsRefused(string text)
    {
        Assert.False(AppointmentTime.TryParse(text, "Europe/London", out _, out var error));
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tomorrow at ten")]
    [InlineData("2026-12-01")]
    [InlineData("01/12/2026 10:30")]
    [InlineData("")]
    public void TryParse_NotIso_IsRefused(string text)
    {
        Assert.False(AppointmentTime.TryParse(text, "Europe/London", out _, out _));
    }
}
