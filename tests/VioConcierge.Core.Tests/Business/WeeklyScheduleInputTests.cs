using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Business;

namespace VioConcierge.Core.Tests.Business;

public class WeeklyScheduleInputTests
{
    private static readonly DayHoursInput Open = new("09:00", "17:00", null);

    private static WeeklyScheduleInput Week(DayHoursInput? monday) => new(monday, Open, Open, Open, Open, Open, new(null, null, true));

    [Fact]
    public void Check_OpenAndClosedDays_GiveTheSchedule()
    {
        var errors = new FieldErrors();

        var schedule = Week(new("07:30", "19:45", false)).Check(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(new DayHours("07:30", "19:45", false), schedule!.Monday);
        Assert.Equal(new DayHours(null, null, true), schedule.Sunday);
    }

    [Theory]
    [InlineData("17:00", "09:00", "operatingSchedule.monday.close")]
    [InlineData("09:00", "09:00", "operatingSchedule.monday.close")]
    [InlineData("9:00", "17:00", "operatingSchedule.monday.open")]
    [InlineData("09:00", "24:00", "operatingSchedule.monday.close")]
    [InlineData(null, "17:00", "operatingSchedule.monday.open")]
    [InlineData("09:00", null, "operatingSchedule.monday.close")]
    public void Check_BadHours_NameTheField(string? open, string? close, string field)
    {
        var errors = new FieldErrors();

        var schedule = Week(new(open, close, null)).Check(errors);

        Assert.Null(schedule);
        Assert.Contains(field, errors.ToDictionary().Keys);
    }

    [Fact]
    public void Check_AMissingDay_IsRequired()
    {
        var errors = new FieldErrors();

        Assert.Null(Week(null).Check(errors));
        Assert.Contains("operatingSchedule.monday", errors.ToDictionary().Keys);
    }
}
