using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

/// <summary>Single-use links emailed to users, stored by the hash of their token only.</summary>
public interface IUserLinks
{
    Task InsertAsync(IUnitOfWork uow, UserLinkRow link, CancellationToken ct);

    /// <summary>The link whose token has this hash, in any tenant (run in platform scope: the token is all the caller has).</summary>
    Task<UserLinkRow?> FindByTokenHashAsync(IUnitOfWork uow, byte[] tokenHash, CancellationToken ct);

    /// <summary>Marks the link used; false when it was used (or withdrawn) meanwhile, so a token works once.</summary>
    Task<bool> UseAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Withdraws the user's unused links of these purposes (a newer link replaces them).</summary>
    Task WithdrawAsync(IUnitOfWork uow, Guid userId, IReadOnlyList<string> purposes, DateTimeOffset now, CancellationToken ct);

    Task DeleteForUserAsync(IUnitOfWork uow, Guid userId, CancellationToken ct);
}
