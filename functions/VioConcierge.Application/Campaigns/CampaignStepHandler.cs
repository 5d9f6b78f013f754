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
/// One paced step of a campaign: inside calling hours and the limits, call the next contact (skipping deleted,
/// do-not-call and recently called ones), then schedule the next step one interval later. Outside hours or over a
/// limit the step waits for the next allowed moment; a paused tenant pauses the campaign.
/// </summary>
public sealed class CampaignStepHandler(
    ITransactions database, ICampaignStore campaigns, CampaignSchedule schedule, CallFactsReader facts, CallSlots slots, TenantSettings settings,
    ICallSessionStore sessions, IWorkQueue queue, TimeProvider time) : TenantWorkHandler<CampaignStepPayload>(database)
{
    public static readonly TimeSpan RecentCallGap = TimeSpan.FromHours(8);

    public override string Kind => WorkKinds.CampaignStep;

    protected override async Task HandleAsync(IUnitOfWork uow, CampaignStepPayload payload, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var campaign = await campaigns.FindAsync(uow, payload.CampaignId, forUpdate: true, ct);
        if (campaign is null || campaign.Status != "running" || campaign.StepSeq != payload.Seq)
        {
            return;
        }
        campaign.UpdatedAt = now;
        var next = await campaigns.NextPendingContactAsync(uow, campaign.Id, ct);
        if (next is not { } contactId)
        {
            (campaign.Status, campaign.CompletedAt, campaign.NextAt) = ("completed", now, null);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var contact = await facts.ReadAsync(uow, contactId, ct);
        var policy = await settings.ReminderPolicyAsync(uow, ct);
        var gate = contact is null ? DialFacts.NoContact
            : new DialFacts(contact.Deleted, contact.DoNotCall, contact.TenantStatus == TenantStatus.Active, CallingHours: policy.Calling.Check(now));
        var refusal = DiallingGate.Refusal(gate);
        if (refusal == DialRefusals.TenantNotActive)
        {
            (campaign.Status, campaign.NextAt) = ("paused", null);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        if (refusal == DialRefusals.OutsideCallingHours)
        {
            await schedule.ScheduleStepAsync(uow, campaign, policy.Calling.EarliestAllowedAtOrAfter(now, now.AddDays(14)) ?? now.AddHours(1), ct);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var skip = refusal ?? (await sessions.CalledSinceAsync(uow, contactId, now - RecentCallGap, ct) ? DialRefusals.RecentCall : null);
        if (skip is not null)
        {
            await campaigns.MarkContactAsync(uow, campaign.Id, contactId, "skipped", skip, null, now, ct);
            await schedule.ScheduleStepAsync(uow, campaign, now, ct);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var slot = await slots.TryTakeAsync(uow, contact!.TenantTimezone, ct);
        if (!slot.Allowed)
        {
            await schedule.ScheduleStepAsync(uow, campaign, slot.RetryAt!.Value, ct);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var session = await sessions.CreateOnceAsync(uow, CallSessionRow.WithSlot(
            uow.TenantId!.Value, Ids.New(time), contactId, "campaign", $"campaign:{campaign.Id}:{contactId}", now), ct);
        await queue.EnqueueManyAsync(uow, CallSessionWork.For(uow.TenantId, session, now), ct);
        await campaigns.MarkContactAsync(uow, campaign.Id, contactId, "called", null, session.Id, now, ct);
        await schedule.ScheduleStepAsync(uow, campaign, now.AddMinutes(campaign.IntervalMinutes), ct);
        await campaigns.SaveAsync(uow, campaign, ct);
    }
}
