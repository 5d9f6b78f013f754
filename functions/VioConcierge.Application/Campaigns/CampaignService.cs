using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Campaigns;

/// <summary>Starting a group campaign (up to 100 contacts), reading its progress, and pausing, resuming or cancelling it.</summary>
public sealed class CampaignService(ITransactions database, IGroupStore groups, ICampaignStore campaigns, CampaignSchedule schedule, IAuditLog audit, TimeProvider time)
{
    public const int MaxContacts = 100;
    public const int DefaultIntervalMinutes = 2;

    public async Task<Result<CampaignResponse>> StartAsync(CurrentUser me, Guid groupId, CampaignRequest request, CancellationToken ct)
    {
        var interval = request.IntervalMinutes ?? DefaultIntervalMinutes;
        if (interval is < 1 or > 60)
        {
            return Result<CampaignResponse>.Invalid(FieldErrors.Single("intervalMinutes", "Interval must be 1 to 60 minutes."));
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        if (await groups.FindAsync(uow, groupId, ct) is not { } group)
        {
            return Result<CampaignResponse>.NotFound();
        }
        if (group.MemberCount is 0 or > MaxContacts)
        {
            return Result<CampaignResponse>.Invalid(FieldErrors.Single("group", $"A campaign calls 1 to {MaxContacts} contacts; this group has {group.MemberCount}."));
        }
        var row = new CampaignRow { TenantId = me.TenantId!.Value, Id = Ids.New(time), GroupId = groupId, IntervalMinutes = interval, CreatedAt = now, UpdatedAt = now, Version = 1 };
        row.NextAt = now;
        await campaigns.CreateAsync(uow, row, me.UserId, ct);
        await campaigns.SaveAsync(uow, row, ct);
        await schedule.SignalAsync(uow, row, now, ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.CampaignStarted, row.Id) with
        {
            Changes = new AuditChanges().Set("groupId", groupId).Set("intervalMinutes", interval).Set("contacts", group.MemberCount).Build(),
        }, ct);
        var progress = await schedule.ProgressAsync(uow, row, now, ct);
        await uow.CommitAsync(ct);
        return Result<CampaignResponse>.Ok(progress);
    }

    public async Task<Result<CampaignResponse>> GetAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await campaigns.FindAsync(uow, id, forUpdate: false, ct) is { } row
            ? Result<CampaignResponse>.Ok(await schedule.ProgressAsync(uow, row, time.GetUtcNow(), ct))
            : Result<CampaignResponse>.NotFound();
    }

    /// <summary>pause (running -> paused), resume (paused -> running, next call now), cancel (running or paused -> cancelled).</summary>
    public async Task<Result<CampaignResponse>> ChangeAsync(CurrentUser me, Guid id, string action, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        if (await campaigns.FindAsync(uow, id, forUpdate: true, ct) is not { } row)
        {
            return Result<CampaignResponse>.NotFound();
        }
        var before = row.Status;
        var next = (action, row.Status) switch
        {
            ("pause", "running") => "paused",
            ("resume", "paused") => "running",
            ("cancel", "running" or "paused") => "cancelled",
            _ => null,
        };
        if (next is null)
        {
            return Result<CampaignResponse>.Conflict($"A {row.Status} campaign cannot {action}.");
        }
        (row.Status, row.UpdatedAt, row.NextAt) = (next, now, next == "running" ? now : null);
        await campaigns.SaveAsync(uow, row, ct);
        await schedule.SignalAsync(uow, row, now, ct);
        await audit.AppendAsync(uow, Entry(me, AuditActions.CampaignStatusChanged, id) with { Changes = new AuditChanges().Change("status", before, next).Build() }, ct);
        var progress = await schedule.ProgressAsync(uow, row, now, ct);
        await uow.CommitAsync(ct);
        return Result<CampaignResponse>.Ok(progress);
    }

    private static AuditEntry Entry(CurrentUser me, string action, Guid id) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "campaign", id.ToString(), ClientIp: me.ClientIp);
}
