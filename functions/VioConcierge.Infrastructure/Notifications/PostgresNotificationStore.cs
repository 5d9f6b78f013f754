using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Notifications;

/// <summary>The platform operators' notifications about the transaction's tenant.</summary>
public sealed class PostgresNotificationStore : INotificationStore
{
    public Task AddForPlatformAsync(IUnitOfWork uow, Guid id, string kind, string detail, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO platform_notifications (tenant_id, id, kind, detail, created_at) VALUES (@TenantId, @Id, @Kind, @Detail, @Now)
            """, new { uow.TenantId, Id = id, Kind = kind, Detail = detail, Now = now }, ct);
}
