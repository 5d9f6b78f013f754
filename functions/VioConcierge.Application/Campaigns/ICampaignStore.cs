using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Campaigns;

/// <summary>Group campaigns of the transaction's tenant and the contacts each one calls, in order.</summary>
public interface ICampaignStore
{
    /// <summary>
    /// Creates <paramref name="campaign"/> with the group's undeleted members as its contacts, ordered by name: the
    /// order it calls them in.
    /// </summary>
    Task CreateAsync(IUnitOfWork uow, CampaignRow campaign, Guid createdBy, CancellationToken ct);

    Task<CampaignRow?> FindAsync(IUnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct);

    Task SaveAsync(IUnitOfWork uow, CampaignRow campaign, CancellationToken ct);

    Task<CampaignCounts> CountAsync(IUnitOfWork uow, Guid campaignId, CancellationToken ct);

    /// <summary>The next contact the campaign has yet to call, locked until the transaction ends; null when none is left.</summary>
    Task<Guid?> NextPendingContactAsync(IUnitOfWork uow, Guid campaignId, CancellationToken ct);

    /// <summary>Records what the campaign did with a contact: <c>called</c> (with its session) or <c>skipped</c> (with the reason).</summary>
    Task MarkContactAsync(IUnitOfWork uow, Guid campaignId, Guid contactId, string status, string? reason, Guid? sessionId, DateTimeOffset now, CancellationToken ct);
}
