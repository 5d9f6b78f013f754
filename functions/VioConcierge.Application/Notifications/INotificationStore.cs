using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>Notifications for the platform operators about a tenant (a tenant's own users have their feed: <see cref="INotificationFeed"/>).</summary>
public interface INotificationStore
{
    Task AddForPlatformAsync(IUnitOfWork uow, Guid id, string kind, string detail, DateTimeOffset now, CancellationToken ct);
}
