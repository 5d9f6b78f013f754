using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

/// <summary>What a user's earlier sessions say about a new sign-in, for the new sign-in alert.</summary>
public interface ISignInHistory
{
    /// <summary>
    /// Whether the user (of <paramref name="tenantId"/>; none for a super admin) had any earlier session, and the user
    /// agents of their latest sessions from <paramref name="clientIp"/> (at most <paramref name="limit"/>).
    /// </summary>
    Task<(bool Any, IReadOnlyList<string?> AgentsFromAddress)> EarlierSessionsAsync(
        IUnitOfWork uow, Guid? tenantId, Guid userId, string? clientIp, int limit, CancellationToken ct);
}
