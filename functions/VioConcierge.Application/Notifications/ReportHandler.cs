using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Email;
using VioConcierge.Application.Work;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Work kind <c>notifications.report</c>: one user's daily summary or weekly report, with the figures of the local days
/// it covers in the tenant's time zone, sent by email once per user and period (the report's key). A user deactivated
/// or removed since it was scheduled gets nothing.
/// </summary>
public sealed class ReportHandler(
    ITransactions database, INotificationPreferencesStore preferences, IReportFigures figures, NotificationEmails emails, EmailOutbox outbox)
    : TenantWorkHandler<ReportPayload>(database)
{
    public override string Kind => NotificationWorkKinds.Report;

    protected override async Task HandleAsync(IUnitOfWork uow, ReportPayload payload, CancellationToken ct)
    {
        var audience = await preferences.AudienceAsync(uow, payload.UserId, ct);
        if (audience.Users is not [var user])
        {
            return;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(audience.TimeZone);
        var from = LocalTimes.Instant(payload.From, TimeOnly.MinValue, zone);
        var to = LocalTimes.Instant(payload.To, TimeOnly.MinValue, zone);
        var message = emails.Report(user, audience.TenantName, payload.Report, (payload.From, payload.To), audience.TimeZone,
            await figures.ForAsync(uow, from, to, ct));
        await outbox.EnqueueAsync(uow, uow.TenantId, message, ReportScheduler.Key(payload), ct);
    }
}
