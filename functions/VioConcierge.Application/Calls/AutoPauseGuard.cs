using System.Globalization;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Notifications;
using VioConcierge.Application.Tenants;
using VioConcierge.Application.Work;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// After each recorded outcome: when at least <c>MinimumCalls</c> of the tenant's latest calls have ended and more
/// than <c>FailureRate</c> of them failed (failed or invalid number), the tenant is paused, the change audited, its
/// reminders held, and the platform operators and the tenant's users notified — all in the outcome's transaction.
/// </summary>
public sealed class AutoPauseGuard(
    IOptions<AutoPauseOptions> options, ICallSessionStore sessions, ITenantStore tenants, IAuditLog audit, IWorkQueue queue, TimeProvider time)
{
    public async Task CheckAsync(IUnitOfWork uow, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var recent = await sessions.RecentOutcomesAsync(uow, settings.MinimumCalls, ct);
        var failed = recent.Count(outcome => outcome is "failed" or "invalid_number");
        if (recent.Count < settings.MinimumCalls || failed <= settings.FailureRate * recent.Count)
        {
            return;
        }
        var rate = (double)failed / recent.Count;
        var reason = string.Create(CultureInfo.InvariantCulture, $"Paused automatically: {rate:P0} of the last {recent.Count} calls failed.");
        if (!await tenants.PauseIfActiveAsync(uow, reason, time.GetUtcNow(), ct))
        {
            return;
        }
        await audit.AppendAsync(uow, new AuditEntry(uow.TenantId, null, "system", AuditActions.TenantAutoPaused, "tenant", uow.TenantId.ToString(),
            new AuditChanges().Change("status", "active", "paused").Set("failureRate", Math.Round(rate, 2)).Set("calls", recent.Count).Build()), ct);
        await queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.TenantStatus,
            WorkPayload.Write(new TenantStatusPayload(true)), time.GetUtcNow(), uow.TenantId), ct);
        await queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.NotifyPlatform,
            WorkPayload.Write(new PlatformNotificationPayload("tenant_auto_paused", reason)), time.GetUtcNow(), uow.TenantId), ct);
        await queue.EnqueueAsync(uow, NotificationWork.For(new NotificationEvent(NotificationTypes.TenantPaused, Detail: reason),
            uow.TenantId, time.GetUtcNow(), null), ct);
    }
}
