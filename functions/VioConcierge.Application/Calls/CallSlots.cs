using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Calls;

/// <summary>Takes dialling slots for the transaction's tenant, counting the day in the tenant's time zone.</summary>
public sealed class CallSlots(ICallLimiter limiter, TimeProvider time)
{
    public async Task<LimitCheck> TryTakeAsync(IUnitOfWork uow, string tenantTimezone, CancellationToken ct) =>
        (await TryTakeManyAsync(uow, tenantTimezone, 1, ct)).For(0);

    /// <summary><paramref name="count"/> slots at once, for calls of the same tenant placed together.</summary>
    public Task<SlotGrant> TryTakeManyAsync(IUnitOfWork uow, string tenantTimezone, int count, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenantTimezone);
        var now = time.GetUtcNow();
        var (_, nextMidnight) = LocalPeriods.Day(now, zone);
        return limiter.TryTakeManyAsync(uow, count, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).Date), nextMidnight, ct);
    }
}
