using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Campaigns;

/// <summary>Campaign rows, their contacts and progress; scheduling the next paced step.</summary>
public sealed class CampaignStore(PostgresWorkQueue queue)
{
    public Task<CampaignRow?> FindAsync(UnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<CampaignRow>(
            $"SELECT * FROM campaigns WHERE tenant_id = @TenantId AND id = @Id{(forUpdate ? " FOR UPDATE" : "")}", new { uow.TenantId, Id = id }, ct);

    public Task SaveAsync(UnitOfWork uow, CampaignRow row, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE campaigns SET status = @Status, step_seq = @StepSeq, next_at = @NextAt, updated_at = @UpdatedAt,
                completed_at = @CompletedAt, version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id
            """, row, ct);

    /// <summary>Schedules the next step (a new sequence number supersedes any step already queued).</summary>
    public async Task ScheduleStepAsync(UnitOfWork uow, CampaignRow row, DateTimeOffset at, CancellationToken ct)
    {
        row.StepSeq++;
        row.NextAt = at;
        await queue.EnqueueAsync(uow, new WorkRequest(ReminderWorkKinds.CampaignStep,
            WorkPayload.Write(new CampaignStepPayload(row.Id, row.StepSeq)), at, uow.TenantId,
            $"campaign:{row.Id}:step:{row.StepSeq}"), ct);
    }

    public async Task<CampaignResponse> ProgressAsync(UnitOfWork uow, CampaignRow row, DateTimeOffset now, CancellationToken ct)
    {
        var p = await uow.QuerySingleAsync<(int Total, int Done, int Skipped, int Reached, int Ended)>("""
            SELECT count(*)::int, count(*) FILTER (WHERE cc.status <> 'pending')::int, count(*) FILTER (WHERE cc.status = 'skipped')::int,
                   count(*) FILTER (WHERE s.outcome IN ('confirmed','cancelled','reschedule_requested'))::int,
                   count(*) FILTER (WHERE s.outcome IS NOT NULL)::int
            FROM campaign_contacts cc LEFT JOIN call_sessions s ON s.tenant_id = cc.tenant_id AND s.id = cc.call_session_id
            WHERE cc.tenant_id = @TenantId AND cc.campaign_id = @Id
            """, new { uow.TenantId, row.Id }, ct);
        var remaining = p.Total - p.Done;
        DateTimeOffset? finish = row.Status == "running" && remaining > 0
            ? (row.NextAt ?? now) + TimeSpan.FromMinutes(row.IntervalMinutes * (remaining - 1))
            : null;
        return new CampaignResponse(row.Id, row.GroupId, row.Status, row.IntervalMinutes, p.Total, p.Done, remaining, p.Skipped,
            p.Ended > 0 ? Math.Round((double)p.Reached / p.Ended, 3) : null, row.Status == "running" ? row.NextAt : null, finish, row.CreatedAt, row.CompletedAt);
    }
}
