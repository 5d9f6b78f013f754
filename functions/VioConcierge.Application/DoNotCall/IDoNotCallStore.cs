using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.DoNotCall;

/// <summary>The tenant's do-not-call list: numbers (E.164) no call may be placed to, whoever the contact.</summary>
public interface IDoNotCallStore
{
    /// <summary>Every entry, newest first.</summary>
    Task<IReadOnlyList<DoNotCallEntry>> ListAsync(IUnitOfWork uow, CancellationToken ct);

    /// <summary>Adds <paramref name="phone"/>; false when it is on the list already.</summary>
    Task<bool> AddAsync(IUnitOfWork uow, string phone, string? reason, Guid addedBy, DateTimeOffset now, CancellationToken ct);

    /// <summary>Removes <paramref name="phone"/>; false when it was not on the list.</summary>
    Task<bool> RemoveAsync(IUnitOfWork uow, string phone, CancellationToken ct);
}
