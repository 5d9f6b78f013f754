using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>In-app notifications: for the platform operators about a tenant, and for a tenant's staff about a contact.</summary>
public interface INotificationStore
{
    Task AddForPlatformAsync(IUnitOfWork uow, Guid id, string kind, string detail, DateTimeOffset now, CancellationToken ct);

    Task AddForStaffAsync(IUnitOfWork uow, Guid id, string kind, Guid contactId, DateTimeOffset now, CancellationToken ct);
}
