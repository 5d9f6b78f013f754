using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

/// <summary>
/// Takes a dialling slot atomically across instances, in two steps (migration 0013). The tenant's step runs in the
/// caller's transaction under the tenant's advisory lock, held until that transaction ends (a rolled-back transaction
/// frees its slot), so take it last before committing. The platform's step runs only when the tenant's passed, in a
/// transaction of its own (<see cref="PlatformCallSlots"/>): the platform lock every placement of every tenant waits
/// for is held for one statement, not until the placement commits. When the platform refuses, the tenant's slot is
/// removed again in the caller's transaction; when the caller's transaction does not commit (a later check refused
/// the call), the platform's slot is given back.
/// </summary>
public sealed class PostgresCallLimiter(CallLimits limits, PlatformCallSlots platform, TimeProvider time)
{
    public async Task<LimitCheck> TryTakeAsync(UnitOfWork uow, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var slotId = Ids.New(time);
        var (reason, oldest) = await uow.QuerySingleAsync<(string? Reason, DateTimeOffset? Oldest)>("""
            SELECT reason, oldest FROM take_tenant_call_slot(@TenantId, @Id, @Now, @Day, @Window, @PerWindow, @PerDay, @Concurrent)
            """,
            new { uow.TenantId, Id = slotId, Now = now, Day = localDay, CallLimits.Window, limits.PerWindow, limits.PerDay, limits.Concurrent }, ct);
        if (reason is null)
        {
            var (taken, platformOldest) = await platform.TryTakeAsync(now, CallLimits.PlatformWindow, limits.PlatformPerMinute, ct);
            if (taken)
            {
                uow.OnRolledBack(() => platform.GiveBackAsync(now, CancellationToken.None));
                return LimitCheck.Ok;
            }
            await uow.ExecuteAsync("DELETE FROM call_slots WHERE tenant_id = @TenantId AND id = @Id", new { uow.TenantId, Id = slotId }, ct);
            (reason, oldest) = ("platform_limit", platformOldest);
        }
        return reason switch
        {
            "rate_limited" => LimitCheck.Limited(reason, (oldest ?? now) + CallLimits.Window),
            "daily_limit" => LimitCheck.Limited(reason, nextLocalMidnight),
            "concurrency_limit" => LimitCheck.Limited(reason, now + CallLimits.ConcurrencyWait),
            _ => LimitCheck.Limited(reason, (oldest ?? now) + CallLimits.PlatformWindow),
        };
    }
}
