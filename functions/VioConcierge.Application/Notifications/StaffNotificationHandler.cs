using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Work kind <c>notifications.staff</c>: fans one event out to the tenant's users (<see cref="NotificationFanOut"/>)
/// and completes the item in the same transaction, so the feed items and emails of an event are written once. The
/// item's id is the event's identity.
/// </summary>
public sealed class StaffNotificationHandler(ITransactions database, NotificationFanOut fanOut) : ITransactionalWorkHandler
{
    public string Kind => WorkKinds.NotifyStaff;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => HandleAsync(item, null, cancellationToken);

    public async Task HandleAsync(WorkItem item, WorkCompletion? completion, CancellationToken cancellationToken)
    {
        var e = WorkPayload.Read<NotificationEvent>(item);
        await using var uow = await database.BeginTenantAsync(item.TenantId ?? throw new InvalidOperationException("A notification without a tenant."), cancellationToken);
        await fanOut.DeliverAsync(uow, item.Id, e, cancellationToken);
        if (completion is not null)
        {
            await completion.CompleteInAsync(uow, cancellationToken);
        }
        await uow.CommitAsync(cancellationToken);
    }
}
