using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Calls;

/// <summary>Stores an in-app notification for the tenant's staff (e.g. a customer asked to reschedule).</summary>
public sealed class StaffNotificationHandler(Database database, TimeProvider time) : TenantWorkHandler<StaffNotificationPayload>(database)
{
    public override string Kind => ReminderWorkKinds.NotifyStaff;

    protected override Task HandleAsync(UnitOfWork uow, StaffNotificationPayload payload, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO staff_notifications (tenant_id, id, kind, contact_id, created_at) VALUES (@TenantId, @Id, @Kind, @ContactId, @Now)
            """, new { uow.TenantId, Id = Ids.New(time), payload.Kind, payload.ContactId, Now = time.GetUtcNow() }, ct);
}
