using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Email;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// The emails of users' notifications: an alert (the event's own words, see <see cref="NotificationTexts"/>) and the
/// daily summary or weekly report (figures only). Each links to the console; none holds more about a customer than
/// the feed item does.
/// </summary>
public sealed class NotificationEmails(IOptions<NotificationOptions> options)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public EmailMessage Alert(Recipient to, string tenantName, NotificationContent content)
    {
        var text = new StringBuilder()
            .Append("Hello ").Append(to.FullName).Append(",\n\n")
            .Append(content.Message).Append("\n\n")
            .Append("Open it in VioConcierge: ").Append(options.Value.Link(content.ActionPath)).Append('\n');
        return new EmailMessage(to.Email, $"{tenantName}: {content.Title}", Footer(text).ToString());
    }

    public EmailMessage Report(Recipient to, string tenantName, ReportKind kind, (DateOnly From, DateOnly To) period, string timeZone, ReportFigures figures)
    {
        var last = period.To.AddDays(-1);
        var when = kind == ReportKind.Daily
            ? period.From.ToString("dddd d MMMM yyyy", English)
            : $"{period.From.ToString("d MMMM yyyy", English)} to {last.ToString("d MMMM yyyy", English)}";
        var title = kind == ReportKind.Daily ? "Daily summary" : "Weekly report";
        var text = new StringBuilder()
            .Append("Hello ").Append(to.FullName).Append(",\n\n")
            .Append("Reminder calls for ").Append(tenantName).Append(", ").Append(when).Append(" (").Append(timeZone).Append(" time):\n\n")
            .Append("Calls placed: ").Append(figures.Placed).Append('\n')
            .Append("Confirmed: ").Append(figures.Confirmed).Append('\n')
            .Append("Cancelled: ").Append(figures.Cancelled).Append('\n')
            .Append("Reschedule requests: ").Append(figures.RescheduleRequests).Append('\n')
            .Append("No answer or failed: ").Append(figures.NoAnswerOrFailed).Append("\n\n")
            .Append("See the details in VioConcierge: ").Append(options.Value.Link("/dashboard")).Append('\n');
        return new EmailMessage(to.Email, $"{tenantName}: {title}, {when}", Footer(text).ToString());
    }

    private StringBuilder Footer(StringBuilder text) => text
        .Append("\nYou get this email because of your notification preferences: ")
        .Append(options.Value.Link("/settings/notifications")).Append('\n');
}
