using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Calls;

/// <summary>
/// Takes dialling slots atomically across instances, in two steps (migration 0013). The tenant's step runs in the
/// caller's transaction under the tenant's advisory lock, held until that transaction ends (a rolled-back transaction
/// frees its slots), so take it last before committing; it counts once however many slots are asked for. The
/// platform's step runs only for the slots the tenant's limits granted, in a transaction of its own
/// (<see cref="PlatformCallSlots"/>): the platform lock every placement of every tenant waits for is held for one
/// statement, not until the placement commits. Tenant slots the platform refuses are removed again in the caller's
/// transaction; when the caller's transaction does not commit (a later check refused the call), the platform's slots
/// are given back.
/// </summary>
public sealed class PostgresCallLimiter(IOptionsMonitor<CallLimitsOptions> options, PlatformCallSlots platform, TimeProvider time) : ICallLimiter
{
    public async Task<LimitCheck> TryTakeAsync(IUnitOfWork uow, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct) =>
        (await TryTakeManyAsync(uow, 1, localDay, nextLocalMidnight, ct)).For(0);

    /// <summary>Asks for <paramref name="count"/> slots of the transaction's tenant at once.</summary>
    public async Task<SlotGrant> TryTakeManyAsync(IUnitOfWork uow, int count, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var limits = options.CurrentValue.For(uow.TenantId);
        var ids = Enumerable.Range(0, count).Select(_ => Ids.New(time)).ToArray();
        var (tenantGranted, reason, oldest) = await uow.QuerySingleAsync<(int Granted, string? Reason, DateTimeOffset? Oldest)>("""
            SELECT granted, reason, oldest
            FROM take_tenant_call_slots(@TenantId, @Ids, @Now, @Day, @Window, @PerWindow, @PerDay, @Concurrent)
            """,
            new { uow.TenantId, Ids = ids, Now = now, Day = localDay, CallLimits.Window, limits.PerWindow, limits.PerDay, limits.Concurrent }, ct);
        var tenantRefusal = tenantGranted < count ? Refusal(reason!, oldest, now, nextLocalMidnight) : null;
        if (tenantGranted == 0)
        {
            return new SlotGrant(0, 0, null, tenantRefusal);
        }
        var (granted, platformOldest) = await platform.TryTakeAsync(now, CallLimits.PlatformWindow, limits.PlatformPerMinute, tenantGranted, ct);
        if (granted > 0)
        {
            uow.OnRolledBack(() => platform.GiveBackAsync(now, granted, CancellationToken.None));
        }
        if (granted == tenantGranted)
        {
            return new SlotGrant(granted, tenantGranted, null, tenantRefusal);
        }
        await uow.ExecuteAsync("DELETE FROM call_slots WHERE tenant_id = @TenantId AND id = ANY(@Ids)",
            new { uow.TenantId, Ids = ids[granted..tenantGranted] }, ct);
        return new SlotGrant(granted, tenantGranted, Refusal(DialRefusals.PlatformLimit, platformOldest, now, nextLocalMidnight), tenantRefusal);
    }

    private static LimitCheck Refusal(string reason, DateTimeOffset? oldest, DateTimeOffset now, DateTimeOffset nextLocalMidnight) => reason switch
    {
        DialRefusals.RateLimited => LimitCheck.Limited(reason, (oldest ?? now) + CallLimits.Window),
        DialRefusals.DailyLimit => LimitCheck.Limited(reason, nextLocalMidnight),
        DialRefusals.ConcurrencyLimit => LimitCheck.Limited(reason, now + CallLimits.ConcurrencyWait),
        _ => LimitCheck.Limited(reason, (oldest ?? now) + CallLimits.PlatformWindow),
    };
}
