using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Calls;

/// <summary>Takes a dialling slot for the transaction's tenant, counting the day in the tenant's time zone.</summary>
public sealed class CallSlots(PostgresCallLimiter limiter, TimeProvider time)
{
    public Task<LimitCheck> TryTakeAsync(UnitOfWork uow, string tenantTimezone, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenantTimezone);
        var now = time.GetUtcNow();
        var (_, nextMidnight) = LocalPeriods.Day(now, zone);
        return limiter.TryTakeAsync(uow, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date), nextMidnight, ct);
    }
}
