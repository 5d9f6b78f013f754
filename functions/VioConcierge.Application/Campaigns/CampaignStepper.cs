using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Campaigns;

/// <summary>
/// One paced step of a campaign, run by its orchestration whenever it wakes: the campaign row decides. A running
/// campaign whose step is due calls its next contact inside calling hours and the limits (skipping deleted,
/// do-not-call and recently called ones) and sets its next step one interval later; outside hours or over a limit the
/// step moves to the next allowed moment; a paused tenant pauses the campaign; with nobody left it completes. A wake
/// before the step is due (a signal, a repeated event) changes nothing, so no contact is called early or twice.
/// </summary>
public sealed class CampaignStepper(
    ITransactions database, ICampaignStore campaigns, CallFactsReader facts, CallSlots slots, TenantSettings settings,
    ICallSessionStore sessions, IWorkQueue queue, TimeProvider time)
{
    public static readonly TimeSpan RecentCallGap = TimeSpan.FromHours(8);

    public async Task<CampaignNextStep> StepAsync(Guid tenantId, Guid campaignId, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var next = await StepAsync(uow, campaignId, ct);
        await uow.CommitAsync(ct);
        return next;
    }

    private async Task<CampaignNextStep> StepAsync(IUnitOfWork uow, Guid campaignId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var campaign = await campaigns.FindAsync(uow, campaignId, forUpdate: true, ct);
        switch (campaign?.Status)
        {
            case null or "completed" or "cancelled":
                return CampaignNextStep.Ended;
            case "paused":
                return CampaignNextStep.Paused;
        }
        if (campaign.NextAt is { } due && due > now)
        {
            return CampaignNextStep.RunningUntil(due);
        }
        var step = await CallNextAsync(uow, campaign, now, ct);
        campaign.UpdatedAt = now;
        await campaigns.SaveAsync(uow, campaign, ct);
        return step;
    }

    private async Task<CampaignNextStep> CallNextAsync(IUnitOfWork uow, CampaignRow campaign, DateTimeOffset now, CancellationToken ct)
    {
        if (await campaigns.NextPendingContactAsync(uow, campaign.Id, ct) is not { } contactId)
        {
            (campaign.Status, campaign.CompletedAt, campaign.NextAt) = ("completed", now, null);
            return CampaignNextStep.Ended;
        }
        var contact = await facts.ReadAsync(uow, contactId, ct);
        var policy = await settings.ReminderPolicyAsync(uow, ct);
        var gate = contact is null ? DialFacts.NoContact
            : new DialFacts(contact.Deleted, contact.DoNotCall, contact.TenantStatus == TenantStatus.Active, CallingHours: policy.Calling.Check(now));
        var refusal = DiallingGate.Refusal(gate);
        if (refusal == DialRefusals.TenantNotActive)
        {
            (campaign.Status, campaign.NextAt) = ("paused", null);
            return CampaignNextStep.Paused;
        }
        if (refusal == DialRefusals.OutsideCallingHours)
        {
            return NextAt(campaign, policy.Calling.EarliestAllowedAtOrAfter(now, now.AddDays(14)) ?? now.AddHours(1));
        }
        var skip = refusal ?? (await sessions.CalledSinceAsync(uow, contactId, now - RecentCallGap, ct) ? DialRefusals.RecentCall : null);
        if (skip is not null)
        {
            await campaigns.MarkContactAsync(uow, campaign.Id, contactId, "skipped", skip, null, now, ct);
            return NextAt(campaign, now);
        }
        var slot = await slots.TryTakeAsync(uow, contact!.TenantTimezone, ct);
        if (!slot.Allowed)
        {
            return NextAt(campaign, slot.RetryAt!.Value);
        }
        var session = await sessions.CreateOnceAsync(uow, CallSessionRow.WithSlot(
            uow.TenantId!.Value, Ids.New(time), contactId, "campaign", $"campaign:{campaign.Id}:{contactId}", now), ct);
        await queue.EnqueueManyAsync(uow, CallSessionWork.For(uow.TenantId, session, now), ct);
        await campaigns.MarkContactAsync(uow, campaign.Id, contactId, "called", null, session.Id, now, ct);
        return NextAt(campaign, now.AddMinutes(campaign.IntervalMinutes));
    }

    private static CampaignNextStep NextAt(CampaignRow campaign, DateTimeOffset at)
    {
        campaign.NextAt = at;
        return CampaignNextStep.RunningUntil(at);
    }
}
