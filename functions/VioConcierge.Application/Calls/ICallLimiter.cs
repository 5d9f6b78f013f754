using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Calls;

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
public interface ICallLimiter
{
    Task<LimitCheck> TryTakeAsync(IUnitOfWork uow, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct);

    /// <summary>Asks for <paramref name="count"/> slots of the transaction's tenant at once.</summary>
    Task<SlotGrant> TryTakeManyAsync(IUnitOfWork uow, int count, DateOnly localDay, DateTimeOffset nextLocalMidnight, CancellationToken ct);
}
