using System.Globalization;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Business;

/// <summary>A weekly schedule as sent: all seven days, replaced as a whole.</summary>
public sealed record WeeklyScheduleInput(
    DayHoursInput? Monday, DayHoursInput? Tuesday, DayHoursInput? Wednesday, DayHoursInput? Thursday,
    DayHoursInput? Friday, DayHoursInput? Saturday, DayHoursInput? Sunday)
{
    /// <summary>The validated schedule, or null with each problem added under <c>operatingSchedule.{day}.{field}</c>.</summary>
    public WeeklySchedule? Check(FieldErrors errors)
    {
        var days = new[] { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday }
            .Select((day, index) => Day(day, $"operatingSchedule.{Names[index]}", errors)).ToArray();
        return days.Any(day => day is null) ? null : new WeeklySchedule(days[0]!, days[1]!, days[2]!, days[3]!, days[4]!, days[5]!, days[6]!);
    }

    private static readonly string[] Names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static DayHours? Day(DayHoursInput? day, string field, FieldErrors errors)
    {
        if (day is null)
        {
            errors.Add(field, "Required: give every day, open or closed.");
            return null;
        }
        var closed = day.Closed ?? false;
        var open = Time(day.Open, $"{field}.open", required: !closed, errors);
        var close = Time(day.Close, $"{field}.close", required: !closed, errors);
        var missing = (day.Open is not null && open is null) || (day.Close is not null && close is null) || (!closed && (open is null || close is null));
        if (open is { } from && close is { } to && to <= from)
        {
            errors.Add($"{field}.close", "Closing time must be after opening time.");
            return null;
        }
        return missing ? null : new DayHours(Format(open), Format(close), closed);
    }

    private static TimeOnly? Time(string? text, string field, bool required, FieldErrors errors)
    {
        if (text is null)
        {
            errors.AddIf(required, field, "Required unless the day is closed.");
            return null;
        }
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(field, "Time must be HH:mm (00:00 to 23:59).");
        return null;
    }

    private static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
