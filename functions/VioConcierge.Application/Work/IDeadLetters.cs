using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Work;

/// <summary>Lists dead-lettered work items and puts one back on the queue with fresh attempts.</summary>
public interface IDeadLetters
{
    Task<Page<DeadLetter>> ListAsync(string? kind, int limit, Cursor? after, CancellationToken ct);

    /// <summary>
    /// Moves a dead item back to pending, due now, with its attempts reset, inside <paramref name="uow"/> (platform
    /// scope). False when it is not dead.
    /// </summary>
    Task<(bool Replayed, Guid? TenantId, string? Kind)> ReplayAsync(IUnitOfWork uow, Guid id, CancellationToken ct);
}
