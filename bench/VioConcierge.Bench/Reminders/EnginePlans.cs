using VioConcierge.Bench.Contacts;
using VioConcierge.Core.Calls;
using VioConcierge.Infrastructure.Calls;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> of the engine statements whose cost could depend on how many calls a tenant or
/// the platform has made, in a tenant transaction as the app opens them, after the dispatch: the session lookup by
/// attempt (every timer, timeline line with an attempt, outcome check) and the statements of <c>take_call_slot</c>
/// (migration 0011; every placement, under the tenant's advisory lock and then the platform's), with the bench's
/// lifted limits. The texts mirror <see cref="PostgresCallSessionStore.FindByAttemptAsync"/> and the function's body.
/// </summary>
public static class EnginePlans
{
    private const string FindByAttempt =
        "SELECT * FROM call_sessions WHERE tenant_id = @TenantId AND reminder_id = @ReminderId AND attempt = @Attempt";

    private const string WindowSlots = """
        SELECT count(*) FROM (SELECT 1 FROM call_slots WHERE tenant_id = @TenantId AND taken_at > @WindowStart LIMIT @PerWindow) s
        """;

    private const string LiveCalls = """
        SELECT count(*) FROM (SELECT 1 FROM call_sessions
            WHERE tenant_id = @TenantId AND status IN ('initiated','ringing','in_progress')
              AND (placed_at IS NOT NULL OR slot_taken_at IS NOT NULL OR kind <> 'reminder') LIMIT @Concurrent) s
        """;

    private const string PlatformCalls = """
        SELECT coalesce(sum(calls), 0), min(second) FROM platform_call_counts WHERE second >= date_trunc('second', @Now) - @PlatformWindow
        """;

    public static async Task<IReadOnlyList<BenchFigure>> CaptureAsync(Database database, Guid tenantId, TimeProvider time, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var session = await uow.QuerySingleAsync<(Guid ReminderId, int Attempt, long Sessions)>(
            "SELECT reminder_id, attempt, count(*) OVER () FROM call_sessions WHERE tenant_id = @TenantId ORDER BY created_at DESC LIMIT 1",
            new { TenantId = tenantId }, ct);
        var now = time.GetUtcNow();
        var limits = RemindersBenchServices.Unlimited;
        var args = new
        {
            TenantId = tenantId,
            WindowStart = now - CallLimits.Window,
            Now = now,
            limits.PerWindow,
            limits.Concurrent,
            CallLimits.PlatformWindow,
        };
        return
        [
            new("plans", $"session by attempt ({BenchFormat.Count(session.Sessions)} sessions)",
                await ExplainAsync(uow, FindByAttempt, new { TenantId = tenantId, session.ReminderId, session.Attempt }, ct)),
            new("plans", "limiter: slots of the tenant in the window", await ExplainAsync(uow, WindowSlots, args, ct)),
            new("plans", "limiter: live calls of the tenant", await ExplainAsync(uow, LiveCalls, args, ct)),
            new("plans", "limiter: platform calls in the last minute", await ExplainAsync(uow, PlatformCalls, args, ct)),
        ];
    }

    private static async Task<string> ExplainAsync(UnitOfWork uow, string sql, object args, CancellationToken ct) =>
        PlanSummary.Of(await uow.QuerySingleAsync<string>("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, args, ct));
}
