namespace VioConcierge.Core.Business;

/// <summary>The business's weekly operating schedule, Monday to Sunday (seed 000, business hours).</summary>
public sealed record WeeklySchedule(
    DayHours Monday, DayHours Tuesday, DayHours Wednesday, DayHours Thursday, DayHours Friday, DayHours Saturday, DayHours Sunday)
{
    /// <summary>Seed 000's default: 09:00-17:00 on weekdays, 09:00-15:00 on Saturday, closed on Sunday (10:00-16:00 when open).</summary>
    public static readonly WeeklySchedule Default = new(
        DayHours.Hours("09:00", "17:00"), DayHours.Hours("09:00", "17:00"), DayHours.Hours("09:00", "17:00"),
        DayHours.Hours("09:00", "17:00"), DayHours.Hours("09:00", "17:00"), DayHours.Hours("09:00", "15:00"),
        new DayHours("10:00", "16:00", Closed: true));
}
