using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

/// <summary>
/// Takes a dialling slot atomically across instances: a transaction-scoped advisory lock per tenant (and one for the
/// platform) serialises the count-then-insert, so under any concurrency at most the limit is granted. Slots are
/// held until the caller's transaction ends; a rolled-back transaction frees its slot. The whole check is one call
/// of <c>take_call_slot</c> (migration 0011), one round trip; take it last before committing, as the locks are held
/// until then.
/// </summary>
public sealed class PostgresCallLimiter(CallLimits limits, TimeProvider time)
{
    public async Task<LimitCheck> TryTakeAsync(UnitOfWork uow, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (reason, oldest) = await uow.QuerySingleAsync<(string? Reason, DateTimeOffset? Oldest)>("""
            SELECT reason, oldest FROM take_call_slot(@TenantId, @Id, @Now, @Day, @Window, @PerWindow, @PerDay, @Concurrent,
                                                      @PlatformWindow, @PlatformPerMinute)
            """,
            new
            {
                uow.TenantId,
                Id = Ids.New(time),
                Now = now,
                Day = localDay,
                CallLimits.Window,
                limits.PerWindow,
                limits.PerDay,
                limits.Concurrent,
                CallLimits.PlatformWindow,
                limits.PlatformPerMinute,
            }, ct);
        return reason switch
        {
            null => LimitCheck.Ok,
            "rate_limited" => LimitCheck.Limited(reason, (oldest ?? now) + CallLimits.Window),
            "daily_limit" => LimitCheck.Limited(reason, nextLocalMidnight),
            "concurrency_limit" => LimitCheck.Limited(reason, now + CallLimits.ConcurrencyWait),
            _ => LimitCheck.Limited(reason, (oldest ?? now) + CallLimits.PlatformWindow),
        };
    }
}
