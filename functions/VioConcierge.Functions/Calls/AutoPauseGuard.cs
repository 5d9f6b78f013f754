using System.Globalization;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Calls;

/// <summary>
/// After each recorded outcome: when at least <c>MinimumCalls</c> of the tenant's latest calls have ended and more
/// than <c>FailureRate</c> of them failed (failed or invalid number), the tenant is paused, the change audited, its
/// reminders held and the platform operators notified — all in the outcome's transaction.
/// </summary>
public sealed class AutoPauseGuard(IOptions<AutoPauseOptions> options, PostgresAuditLog audit, PostgresWorkQueue queue, TimeProvider time)
{
    public async Task CheckAsync(UnitOfWork uow, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var recent = (await uow.QueryAsync<string>("""
            SELECT outcome FROM call_sessions WHERE tenant_id = @TenantId AND outcome IS NOT NULL
            ORDER BY ended_at DESC LIMIT @Limit
            """, new { uow.TenantId, Limit = settings.MinimumCalls }, ct)).ToList();
        var failed = recent.Count(outcome => outcome is "failed" or "invalid_number");
        if (recent.Count < settings.MinimumCalls || failed <= settings.FailureRate * recent.Count)
        {
            return;
        }
        var rate = (double)failed / recent.Count;
        var reason = string.Create(CultureInfo.InvariantCulture, $"Paused automatically: {rate:P0} of the last {recent.Count} calls failed.");
        var paused = await uow.ExecuteAsync("""
            UPDATE tenants SET status = 'paused', status_reason = @Reason, status_changed_at = @Now, updated_at = @Now, version = version + 1
            WHERE id = @TenantId AND status = 'active'
            """, new { uow.TenantId, Reason = reason, Now = time.GetUtcNow() }, ct);
        if (paused == 0)
        {
            return;
        }
        await audit.AppendAsync(uow, new AuditEntry(uow.TenantId, null, "system", AuditActions.TenantAutoPaused, "tenant", uow.TenantId.ToString(),
            new AuditChanges().Change("status", "active", "paused").Set("failureRate", Math.Round(rate, 2)).Set("calls", recent.Count).Build()), ct);
        await queue.EnqueueAsync(uow, new WorkRequest(ReminderWorkKinds.TenantStatus,
            WorkPayload.Write(new TenantStatusPayload(true)), time.GetUtcNow(), uow.TenantId), ct);
        await queue.EnqueueAsync(uow, new WorkRequest(ReminderWorkKinds.NotifyPlatform,
            WorkPayload.Write(new PlatformNotificationPayload("tenant_auto_paused", reason)), time.GetUtcNow(), uow.TenantId), ct);
    }
}
