using VioConcierge.Application.Notifications;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Infrastructure.Notifications;

/// <summary>
/// A <c>user_notification_settings</c> row (all columns null when read through a join for a user who never saved
/// any: the defaults), and the preferences it holds.
/// </summary>
public sealed class NotificationSettingsRow
{
    public Guid TenantId { get; init; }
    public Guid UserId { get; init; }
    public string? CallCompletion { get; init; }
    public bool ConfirmationAlerts { get; init; }
    public bool CancellationAlerts { get; init; }
    public bool IntegrationAlerts { get; init; }
    public bool DailySummary { get; init; }
    public TimeSpan DailySummaryAt { get; init; }
    public bool WeeklyReport { get; init; }
    public short WeeklyReportDay { get; init; }
    public TimeSpan WeeklyReportAt { get; init; }
    public bool QuietHours { get; init; }
    public TimeSpan QuietStart { get; init; }
    public TimeSpan QuietEnd { get; init; }
    public bool InApp { get; init; }
    public bool Email { get; init; }
    public DateTime? DailySentOn { get; init; }
    public DateTime? WeeklySentOn { get; init; }
    public int Version { get; init; }

    /// <summary>The tenant's time zone, where a query joins it.</summary>
    public string? TenantTimezone { get; init; }

    public NotificationPreferences Preferences => CallCompletion is null ? NotificationPreferences.Default : new NotificationPreferences
    {
        CallCompletion = CallCompletions.Parse(CallCompletion),
        ConfirmationAlerts = ConfirmationAlerts,
        CancellationAlerts = CancellationAlerts,
        IntegrationAlerts = IntegrationAlerts,
        DailySummary = DailySummary,
        DailySummaryAt = TimeOnly.FromTimeSpan(DailySummaryAt),
        WeeklyReport = WeeklyReport,
        WeeklyReportDay = (DayOfWeek)WeeklyReportDay,
        WeeklyReportAt = TimeOnly.FromTimeSpan(WeeklyReportAt),
        QuietHours = new QuietHours(QuietHours, TimeOnly.FromTimeSpan(QuietStart), TimeOnly.FromTimeSpan(QuietEnd)),
        InApp = InApp,
        Email = Email,
    };

    public StoredPreferences Stored => new(Preferences, Version, Date(DailySentOn), Date(WeeklySentOn));

    /// <summary>The parameters of an insert or update of <paramref name="stored"/>.</summary>
    public static object Parameters(Guid? tenantId, Guid userId, StoredPreferences stored, int expectedVersion, DateTimeOffset now)
    {
        var value = stored.Value;
        return new
        {
            TenantId = tenantId,
            UserId = userId,
            CallCompletion = CallCompletions.Name(value.CallCompletion),
            value.ConfirmationAlerts,
            value.CancellationAlerts,
            value.IntegrationAlerts,
            value.DailySummary,
            DailySummaryAt = value.DailySummaryAt.ToTimeSpan(),
            value.WeeklyReport,
            WeeklyReportDay = (short)value.WeeklyReportDay,
            WeeklyReportAt = value.WeeklyReportAt.ToTimeSpan(),
            QuietHours = value.QuietHours.Enabled,
            QuietStart = value.QuietHours.Start.ToTimeSpan(),
            QuietEnd = value.QuietHours.End.ToTimeSpan(),
            value.InApp,
            value.Email,
            DailySentOn = stored.DailySentOn?.ToDateTime(TimeOnly.MinValue),
            WeeklySentOn = stored.WeeklySentOn?.ToDateTime(TimeOnly.MinValue),
            ExpectedVersion = expectedVersion,
            Now = now,
        };
    }

    private static DateOnly? Date(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;
}
