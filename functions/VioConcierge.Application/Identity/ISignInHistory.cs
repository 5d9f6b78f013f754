using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

/// <summary>What a user's earlier sessions say about a new sign-in, for the new sign-in alert.</summary>
public interface ISignInHistory
{
    /// <summary>Whether the user (of <paramref name="tenantId"/>; none for a super admin) had any earlier session, and whether one came from this user agent and client address.</summary>
    Task<(bool Any, bool SameDevice)> EarlierSessionsAsync(IUnitOfWork uow, Guid? tenantId, Guid userId, string? userAgent, string? clientIp, CancellationToken ct);
}
