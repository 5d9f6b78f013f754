using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

/// <summary>
/// Takes a dialling slot atomically across instances: a transaction-scoped advisory lock per tenant (and one for the
/// platform) serialises the count-then-insert, so under any concurrency at most the limit is granted. Slots are
/// held until the caller's transaction ends; a rolled-back transaction frees its slot.
/// </summary>
public sealed class PostgresCallLimiter(CallLimits limits, TimeProvider time)
{
    public async Task<LimitCheck> TryTakeAsync(UnitOfWork uow, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await uow.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@Key, 0))", new { Key = $"calls:{uow.TenantId}" }, ct);
        var usage = await uow.QuerySingleAsync<(long Window, DateTimeOffset Oldest, long Day)>("""
            SELECT count(*) FILTER (WHERE taken_at > @WindowStart), coalesce(min(taken_at) FILTER (WHERE taken_at > @WindowStart), @Now),
                   count(*) FILTER (WHERE local_day = @Day)
            FROM call_slots WHERE tenant_id = @TenantId AND (taken_at > @WindowStart OR local_day = @Day)
            """, new { uow.TenantId, WindowStart = now - CallLimits.Window, Day = localDay, Now = now }, ct);
        if (usage.Window >= limits.PerWindow)
        {
            return LimitCheck.Limited("rate_limited", usage.Oldest + CallLimits.Window);
        }
        if (usage.Day >= limits.PerDay)
        {
            return LimitCheck.Limited("daily_limit", nextLocalMidnight);
        }
        var live = await uow.QuerySingleAsync<long>("""
            SELECT count(*) FROM call_sessions
            WHERE tenant_id = @TenantId AND status IN ('initiated','ringing','in_progress') AND placed_at IS NOT NULL
            """, new { uow.TenantId }, ct);
        if (live >= limits.Concurrent)
        {
            return LimitCheck.Limited("concurrency_limit", now + CallLimits.ConcurrencyWait);
        }
        await uow.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended('calls:platform', 0))", null, ct);
        var platform = await uow.QuerySingleAsync<(long Count, DateTimeOffset Oldest)>(
            "SELECT count(*), coalesce(min(taken_at), @Now) FROM platform_call_slots WHERE taken_at > @Since",
            new { Since = now - CallLimits.PlatformWindow, Now = now }, ct);
        if (platform.Count >= limits.PlatformPerMinute)
        {
            return LimitCheck.Limited("platform_limit", platform.Oldest + CallLimits.PlatformWindow);
        }
        await uow.ExecuteAsync("""
            INSERT INTO call_slots (tenant_id, id, taken_at, local_day) VALUES (@TenantId, @Id, @Now, @Day);
            INSERT INTO platform_call_slots (id, taken_at) VALUES (@Id, @Now);
            """, new { uow.TenantId, Id = Ids.New(time), Now = now, Day = localDay }, ct);
        return LimitCheck.Ok;
    }
}
