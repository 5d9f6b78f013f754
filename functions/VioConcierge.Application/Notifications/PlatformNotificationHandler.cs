using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>Stores a notification for the platform operators about a tenant (e.g. it was paused automatically).</summary>
public sealed class PlatformNotificationHandler(ITransactions database, INotificationStore notifications, TimeProvider time) : TenantWorkHandler<PlatformNotificationPayload>(database)
{
    public override string Kind => WorkKinds.NotifyPlatform;

    protected override Task HandleAsync(IUnitOfWork uow, PlatformNotificationPayload payload, CancellationToken ct) =>
        notifications.AddForPlatformAsync(uow, Ids.New(time), payload.Kind, payload.Detail, time.GetUtcNow(), ct);
}
