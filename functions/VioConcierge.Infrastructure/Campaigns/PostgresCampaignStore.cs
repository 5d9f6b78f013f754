using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Campaigns;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Campaigns;

/// <summary>Campaigns and their contacts, in the transaction's tenant.</summary>
public sealed class PostgresCampaignStore : ICampaignStore
{
    public Task CreateAsync(IUnitOfWork uow, CampaignRow campaign, Guid createdBy, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO campaigns (tenant_id, id, group_id, status, interval_minutes, created_by, created_at, updated_at)
            VALUES (@TenantId, @Id, @GroupId, 'running', @IntervalMinutes, @CreatedBy, @CreatedAt, @UpdatedAt);
            INSERT INTO campaign_contacts (tenant_id, campaign_id, contact_id, position, updated_at)
            SELECT m.tenant_id, @Id, m.contact_id, row_number() OVER (ORDER BY lower(c.name), c.id), @CreatedAt
            FROM contact_group_members m JOIN contacts c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id
            WHERE m.tenant_id = @TenantId AND m.group_id = @GroupId AND c.deleted_at IS NULL;
            """, new { campaign.TenantId, campaign.Id, campaign.GroupId, campaign.IntervalMinutes, CreatedBy = createdBy, campaign.CreatedAt, campaign.UpdatedAt }, ct);

    public Task<CampaignRow?> FindAsync(IUnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<CampaignRow>(
            $"SELECT * FROM campaigns WHERE tenant_id = @TenantId AND id = @Id{(forUpdate ? " FOR UPDATE" : "")}", new { uow.TenantId, Id = id }, ct);

    public Task SaveAsync(IUnitOfWork uow, CampaignRow campaign, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE campaigns SET status = @Status, next_at = @NextAt, updated_at = @UpdatedAt,
                completed_at = @CompletedAt, version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id
            """, campaign, ct);

    public async Task<CampaignCounts> CountAsync(IUnitOfWork uow, Guid campaignId, CancellationToken ct)
    {
        var (total, done, skipped, reached, ended) = await uow.QuerySingleAsync<(int, int, int, int, int)>("""
            SELECT count(*)::int, count(*) FILTER (WHERE cc.status <> 'pending')::int, count(*) FILTER (WHERE cc.status = 'skipped')::int,
                   count(*) FILTER (WHERE s.outcome IN ('confirmed','cancelled','reschedule_requested'))::int,
                   count(*) FILTER (WHERE s.outcome IS NOT NULL)::int
            FROM campaign_contacts cc LEFT JOIN call_sessions s ON s.tenant_id = cc.tenant_id AND s.id = cc.call_session_id
            WHERE cc.tenant_id = @TenantId AND cc.campaign_id = @Id
            """, new { uow.TenantId, Id = campaignId }, ct);
        return new CampaignCounts(total, done, skipped, reached, ended);
    }

    public Task<Guid?> NextPendingContactAsync(IUnitOfWork uow, Guid campaignId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<Guid?>("""
            SELECT contact_id FROM campaign_contacts WHERE tenant_id = @TenantId AND campaign_id = @Id AND status = 'pending'
            ORDER BY position LIMIT 1 FOR UPDATE
            """, new { uow.TenantId, Id = campaignId }, ct);

    public Task MarkContactAsync(IUnitOfWork uow, Guid campaignId, Guid contactId, string status, string? reason, Guid? sessionId, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE campaign_contacts SET status = @Status, reason = @Reason, call_session_id = @SessionId, updated_at = @Now
            WHERE tenant_id = @TenantId AND campaign_id = @CampaignId AND contact_id = @ContactId
            """, new { uow.TenantId, CampaignId = campaignId, ContactId = contactId, Status = status, Reason = reason, SessionId = sessionId, Now = now }, ct);
}
