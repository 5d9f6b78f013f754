using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Email;
using VioConcierge.Application.Work;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Work kind <c>notifications.held-email</c>, due when the recipient's quiet hours end: sends the alert email then
/// (<see cref="EmailOutbox"/>, with the event's own key) to the user's current address, unless the user has been
/// deactivated or removed meanwhile.
/// </summary>
public sealed class HeldEmailHandler(ITransactions database, INotificationPreferencesStore preferences, EmailOutbox outbox)
    : TenantWorkHandler<HeldEmail>(database)
{
    public override string Kind => NotificationWorkKinds.HeldEmail;

    protected override async Task HandleAsync(IUnitOfWork uow, HeldEmail payload, CancellationToken ct)
    {
        if ((await preferences.AudienceAsync(uow, payload.UserId, ct)).Users is [var user])
        {
            await outbox.EnqueueAsync(uow, uow.TenantId, payload.Message with { To = user.Email }, payload.DedupeKey, ct);
        }
    }
}
