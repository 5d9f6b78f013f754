using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Campaigns;

/// <summary>A campaign's pace: scheduling its next step, and its progress with the time it should finish.</summary>
public sealed class CampaignSchedule(ICampaignStore campaigns, IWorkQueue queue)
{
    /// <summary>Schedules the next step (a new sequence number supersedes any step already queued).</summary>
    public async Task ScheduleStepAsync(IUnitOfWork uow, CampaignRow row, DateTimeOffset at, CancellationToken ct)
    {
        row.StepSeq++;
        row.NextAt = at;
        await queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.CampaignStep,
            WorkPayload.Write(new CampaignStepPayload(row.Id, row.StepSeq)), at, uow.TenantId,
            $"campaign:{row.Id}:step:{row.StepSeq}"), ct);
    }

    public async Task<CampaignResponse> ProgressAsync(IUnitOfWork uow, CampaignRow row, DateTimeOffset now, CancellationToken ct)
    {
        var p = await campaigns.CountAsync(uow, row.Id, ct);
        var remaining = p.Total - p.Done;
        DateTimeOffset? finish = row.Status == "running" && remaining > 0
            ? (row.NextAt ?? now) + TimeSpan.FromMinutes(row.IntervalMinutes * (remaining - 1))
            : null;
        return new CampaignResponse(row.Id, row.GroupId, row.Status, row.IntervalMinutes, p.Total, p.Done, remaining, p.Skipped,
            p.Ended > 0 ? Math.Round((double)p.Reached / p.Ended, 3) : null, row.Status == "running" ? row.NextAt : null, finish, row.CreatedAt, row.CompletedAt);
    }
}
