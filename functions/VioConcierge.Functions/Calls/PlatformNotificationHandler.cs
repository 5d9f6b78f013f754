using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Calls;

/// <summary>Stores a notification for the platform operators about a tenant (e.g. it was paused automatically).</summary>
public sealed class PlatformNotificationHandler(Database database, TimeProvider time) : TenantWorkHandler<PlatformNotificationPayload>(database)
{
    public override string Kind => ReminderWorkKinds.NotifyPlatform;

    protected override Task HandleAsync(UnitOfWork uow, PlatformNotificationPayload payload, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO platform_notifications (tenant_id, id, kind, detail, created_at) VALUES (@TenantId, @Id, @Kind, @Detail, @Now)
            """, new { uow.TenantId, Id = Ids.New(time), payload.Kind, payload.Detail, Now = time.GetUtcNow() }, ct);
}
