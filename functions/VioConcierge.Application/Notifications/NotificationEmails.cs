using System.Globalization;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Email;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// The emails of users' notifications, in the shared layout (<see cref="EmailTemplate"/>): an alert (the event's own
/// words, see <see cref="NotificationTexts"/>) and the daily summary or weekly report (figures only). Each links to
/// the console page it is about; none holds more about a customer than the feed item does.
/// </summary>
public sealed class NotificationEmails(IOptions<ConsoleOptions> console)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public EmailMessage Alert(Recipient to, string tenantName, NotificationContent content) =>
        EmailTemplate.Build(to.Email, $"{tenantName}: {content.Title}", $"Hello {to.FullName},", [content.Message, Why()],
            new EmailLink("Open in VioConcierge", console.Value.Page(content.ActionPath)));

    public EmailMessage Report(Recipient to, string tenantName, ReportKind kind, (DateOnly From, DateOnly To) period, string timeZone, ReportFigures figures)
    {
        var when = kind == ReportKind.Daily
            ? period.From.ToString("dddd d MMMM yyyy", English)
            : $"{period.From.ToString("d MMMM yyyy", English)} to {period.To.AddDays(-1).ToString("d MMMM yyyy", English)}";
        var title = kind == ReportKind.Daily ? "Daily summary" : "Weekly report";
        return EmailTemplate.Build(to.Email, $"{tenantName}: {title}, {when}", $"Hello {to.FullName},",
            [
                $"Reminder calls for {tenantName}, {when} ({timeZone} time):",
                $"Calls placed: {figures.Placed}",
                $"Confirmed: {figures.Confirmed}",
                $"Cancelled: {figures.Cancelled}",
                $"Reschedule requests: {figures.RescheduleRequests}",
                $"No answer or failed: {figures.NoAnswerOrFailed}",
                Why(),
            ],
            new EmailLink("See the details in VioConcierge", console.Value.Page("/dashboard")));
    }

    private string Why() =>
        $"You get this email because of your notification preferences, which you can change at {console.Value.Page("/settings/notifications")}.";
}
