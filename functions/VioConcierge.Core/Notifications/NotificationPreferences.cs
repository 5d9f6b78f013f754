namespace VioConcierge.Core.Notifications;

/// <summary>
/// One user's notification preferences, with the defaults of seed 000 section 9 and seed 003: failed calls only,
/// confirmation alerts off, cancellation and reschedule alerts on, daily summary off at 09:00, weekly report off on
/// Mondays at 09:00, quiet hours 22:00 to 08:00, in-app and email both on. A user who never saved any has these.
/// </summary>
public sealed record NotificationPreferences
{
    public static readonly NotificationPreferences Default = new();

    public CallCompletion CallCompletion { get; init; } = CallCompletion.FailedOnly;

    public bool ConfirmationAlerts { get; init; }

    /// <summary>Cancellations and reschedule requests (one switch, as in seed 000).</summary>
    public bool CancellationAlerts { get; init; } = true;

    /// <summary>Calendar bookings that could not be imported.</summary>
    public bool IntegrationAlerts { get; init; } = true;

    public bool DailySummary { get; init; }

    public TimeOnly DailySummaryAt { get; init; } = new(9, 0);

    public bool WeeklyReport { get; init; }

    public DayOfWeek WeeklyReportDay { get; init; } = DayOfWeek.Monday;

    public TimeOnly WeeklyReportAt { get; init; } = new(9, 0);

    public QuietHours QuietHours { get; init; } = QuietHours.Default;

    public bool InApp { get; init; } = true;

    public bool Email { get; init; } = true;

    /// <summary>The daily summary is sent when switched on, or when call results come as a summary only.</summary>
    public bool SendsDailySummary => DailySummary || CallCompletion == CallCompletion.SummaryOnly;

    public ReportSchedule DailySchedule => new(DailySummaryAt);

    public ReportSchedule WeeklySchedule => new(WeeklyReportAt, WeeklyReportDay);

    /// <summary>
    /// Where this user gets an event of <paramref name="type"/>. The tenant being paused is an account alert that
    /// cannot be turned off (seed 000: account updates): it reaches every channel whatever the switches say.
    /// </summary>
    public Delivery For(string type)
    {
        if (type == NotificationTypes.TenantPaused)
        {
            return new Delivery(true, true);
        }
        var wanted = type switch
        {
            NotificationTypes.AppointmentConfirmed => ConfirmationAlerts || CallCompletion == CallCompletion.AllOutcomes,
            NotificationTypes.AppointmentCancelled or NotificationTypes.RescheduleRequested =>
                CancellationAlerts || CallCompletion == CallCompletion.AllOutcomes,
            NotificationTypes.AttemptsExhausted or NotificationTypes.InvalidNumber =>
                CallCompletion is CallCompletion.FailedOnly or CallCompletion.AllOutcomes,
            NotificationTypes.CalendarImportFailed => IntegrationAlerts,
            _ => false,
        };
        return new Delivery(wanted && InApp, wanted && Email);
    }
}
