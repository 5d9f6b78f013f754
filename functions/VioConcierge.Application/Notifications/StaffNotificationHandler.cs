using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Notifications;

/// <summary>Stores an in-app notification for the tenant's staff (e.g. a customer asked to reschedule).</summary>
public sealed class StaffNotificationHandler(ITransactions database, INotificationStore notifications, TimeProvider time) : TenantWorkHandler<StaffNotificationPayload>(database)
{
    public override string Kind => WorkKinds.NotifyStaff;

    protected override Task HandleAsync(IUnitOfWork uow, StaffNotificationPayload payload, CancellationToken ct) =>
        notifications.AddForStaffAsync(uow, Ids.New(time), payload.Kind, payload.ContactId, time.GetUtcNow(), ct);
}
