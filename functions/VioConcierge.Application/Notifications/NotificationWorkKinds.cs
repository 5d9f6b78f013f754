namespace VioConcierge.Application.Notifications;

/// <summary>
/// The work kinds of users' notifications (an event's fan-out is <c>WorkKinds.NotifyStaff</c>, which producers in
/// every feature enqueue).
/// </summary>
public static class NotificationWorkKinds
{
    /// <summary>An alert email held back by the recipient's quiet hours, due when they end (payload: <see cref="HeldEmail"/>).</summary>
    public const string HeldEmail = "notifications.held-email";

    /// <summary>One user's daily summary or weekly report (payload: <see cref="ReportPayload"/>).</summary>
    public const string Report = "notifications.report";
}
