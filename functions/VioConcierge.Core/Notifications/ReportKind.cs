namespace VioConcierge.Core.Notifications;

/// <summary>The periodic emails: the daily activity summary and the weekly performance report.</summary>
public enum ReportKind
{
    Daily,
    Weekly,
}
