using System.Globalization;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Reads a PUT body into preferences: every field present, times as <c>HH:mm</c>, quiet hours that start and end at
/// different times. Errors are keyed by the JSON path of the field (<c>quietHours.end</c>).
/// </summary>
public static class NotificationPreferencesInput
{
    public static NotificationPreferences Parse(NotificationPreferencesRequest body, FieldErrors errors)
    {
        Require(body.CallCompletion, "callCompletion", errors);
        Require(body.ConfirmationAlerts, "confirmationAlerts", errors);
        Require(body.CancellationAlerts, "cancellationAlerts", errors);
        Require(body.IntegrationAlerts, "integrationAlerts", errors);
        var daily = Require(body.DailySummary, "dailySummary", errors);
        var weekly = Require(body.WeeklyReport, "weeklyReport", errors);
        var quiet = Require(body.QuietHours, "quietHours", errors);
        var channels = Require(body.Channels, "channels", errors);
        var quietStart = Time(quiet?.Start, "quietHours.start", quiet, errors);
        var quietEnd = Time(quiet?.End, "quietHours.end", quiet, errors);
        errors.AddIf(quiet?.Enabled == true && quietStart is not null && quietStart == quietEnd, "quietHours.end",
            "Quiet hours must end at a different time from the one they start at.");
        return new NotificationPreferences
        {
            CallCompletion = body.CallCompletion ?? CallCompletion.FailedOnly,
            ConfirmationAlerts = body.ConfirmationAlerts ?? false,
            CancellationAlerts = body.CancellationAlerts ?? false,
            IntegrationAlerts = body.IntegrationAlerts ?? false,
            DailySummary = Require(daily?.Enabled, "dailySummary.enabled", daily, errors) ?? false,
            DailySummaryAt = Time(daily?.Time, "dailySummary.time", daily, errors) ?? default,
            WeeklyReport = Require(weekly?.Enabled, "weeklyReport.enabled", weekly, errors) ?? false,
            WeeklyReportDay = Require(weekly?.Day, "weeklyReport.day", weekly, errors) ?? DayOfWeek.Monday,
            WeeklyReportAt = Time(weekly?.Time, "weeklyReport.time", weekly, errors) ?? default,
            QuietHours = new QuietHours(Require(quiet?.Enabled, "quietHours.enabled", quiet, errors) ?? false, quietStart ?? default, quietEnd ?? default),
            InApp = Require(channels?.InApp, "channels.inApp", channels, errors) ?? false,
            Email = Require(channels?.Email, "channels.email", channels, errors) ?? false,
        };
    }

    private static T? Require<T>(T? value, string field, FieldErrors errors) where T : class =>
        value ?? Missing<T>(field, errors);

    private static T? Require<T>(T? value, string field, FieldErrors errors) where T : struct
    {
        errors.AddIf(value is null, field, "Required.");
        return value;
    }

    private static T? Require<T>(T? value, string field, object? section, FieldErrors errors) where T : struct
    {
        errors.AddIf(section is not null && value is null, field, "Required.");
        return value;
    }

    private static TimeOnly? Time(string? text, string field, object? section, FieldErrors errors)
    {
        if (section is null)
        {
            return null;
        }
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(field, text is null ? "Required." : "A time of day as HH:mm (00:00 to 23:59).");
        return null;
    }

    private static T? Missing<T>(string field, FieldErrors errors) where T : class
    {
        errors.Add(field, "Required.");
        return null;
    }
}
