using VioConcierge.Core.Notifications;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Work;

/// <summary>
/// The work item that tells the tenant's users of an event (kind <see cref="WorkKinds.NotifyStaff"/>): enqueued in the
/// transaction of the change that causes it, by whichever feature makes that change; the Notifications feature fans it
/// out. <paramref name="dedupeKey"/> names the event, so a change decided twice notifies once.
/// </summary>
public static class NotificationWork
{
    public static WorkRequest For(NotificationEvent e, Guid? tenantId, DateTimeOffset now, string? dedupeKey) =>
        new(WorkKinds.NotifyStaff, WorkPayload.Write(e), now, tenantId, dedupeKey is null ? null : $"notify:{dedupeKey}");
}
