using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Campaigns;

/// <summary>
/// A campaign's pace and its orchestration: the moment of its next step, the signal that starts its orchestration or
/// tells it the campaign changed (an item in the same transaction as the change, so the two never part), and its
/// progress with the time it should finish.
/// </summary>
public sealed class CampaignSchedule(ICampaignStore campaigns, IWorkQueue queue)
{
    /// <summary>Starts the campaign's orchestration, or wakes it to read the campaign again (pause, resume, cancel).</summary>
    public Task SignalAsync(IUnitOfWork uow, CampaignRow row, DateTimeOffset now, CancellationToken ct) =>
        queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.CampaignSignal, WorkPayload.Write(new CampaignSignalPayload(row.Id)), now, uow.TenantId), ct);

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
