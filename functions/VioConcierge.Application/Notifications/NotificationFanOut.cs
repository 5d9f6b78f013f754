using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Email;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Delivers one event to the tenant's active users whose preferences want it (<see cref="NotificationPreferences.For"/>),
/// in the caller's transaction: a feed item each (one per user per event), and an email each (one per user per event,
/// keyed by the event and the user) sent now, or held in a work item due when the user's quiet hours end.
/// </summary>
public sealed class NotificationFanOut(
    INotificationPreferencesStore preferences,
    INotificationFeed feed,
    NotificationComposer composer,
    NotificationEmails emails,
    EmailOutbox outbox,
    IWorkQueue queue,
    TimeProvider time)
{
    /// <summary>Delivers <paramref name="e"/>, identified by <paramref name="eventId"/>; returns how many users it reached.</summary>
    public async Task<int> DeliverAsync(IUnitOfWork uow, Guid eventId, NotificationEvent e, CancellationToken ct)
    {
        var audience = await preferences.AudienceAsync(uow, null, ct);
        var wanted = audience.Users.Select(user => (User: user, Delivery: user.Preferences.For(e.Kind))).Where(to => to.Delivery.Any).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }
        var content = await composer.ComposeAsync(uow, e, ct);
        var now = time.GetUtcNow();
        await feed.AddAsync(uow, wanted.Where(to => to.Delivery.InApp).Select(to => new FeedItem(Ids.New(time), to.User.UserId, eventId,
            content.Type, content.Severity, content.Title, content.Message, content.ActionPath, now)).ToArray(), ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(audience.TimeZone);
        foreach (var (user, _) in wanted.Where(to => to.Delivery.Email))
        {
            var message = emails.Alert(user, audience.TenantName, content);
            var key = $"notify:{eventId:N}:{user.UserId:N}";
            if (user.Preferences.QuietHours.EndAfter(now, zone) is { } later)
            {
                await queue.EnqueueAsync(uow, new WorkRequest(NotificationWorkKinds.HeldEmail, WorkPayload.Write(new HeldEmail(user.UserId, message, key)),
                    later, uow.TenantId, $"held:{key}"), ct);
            }
            else
            {
                await outbox.EnqueueAsync(uow, uow.TenantId, message, key, ct);
            }
        }
        return wanted.Count;
    }
}
