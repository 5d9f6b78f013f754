using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Calls;
using VioConcierge.Functions.Reminders;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Campaigns;

/// <summary>
/// One paced step of a campaign: inside calling hours and the limits, call the next contact (skipping deleted,
/// do-not-call and recently called ones), then schedule the next step one interval later. Outside hours or over a
/// limit the step waits for the next allowed moment; a paused tenant pauses the campaign.
/// </summary>
public sealed class CampaignStepHandler(
    Database database, CampaignStore campaigns, CallFactsReader facts, CallSlots slots, TenantSettings settings,
    PostgresCallSessionStore sessions, PostgresWorkQueue queue, TimeProvider time) : TenantWorkHandler<CampaignStepPayload>(database)
{
    public static readonly TimeSpan RecentCallGap = TimeSpan.FromHours(8);

    public override string Kind => ReminderWorkKinds.CampaignStep;

    protected override async Task HandleAsync(UnitOfWork uow, CampaignStepPayload payload, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var campaign = await campaigns.FindAsync(uow, payload.CampaignId, forUpdate: true, ct);
        if (campaign is null || campaign.Status != "running" || campaign.StepSeq != payload.Seq)
        {
            return;
        }
        campaign.UpdatedAt = now;
        var next = await uow.QuerySingleOrDefaultAsync<Guid?>("""
            SELECT contact_id FROM campaign_contacts WHERE tenant_id = @TenantId AND campaign_id = @Id AND status = 'pending'
            ORDER BY position LIMIT 1 FOR UPDATE
            """, new { uow.TenantId, campaign.Id }, ct);
        if (next is not { } contactId)
        {
            (campaign.Status, campaign.CompletedAt, campaign.NextAt) = ("completed", now, null);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var contact = await facts.ReadAsync(uow, contactId, ct);
        if (contact?.TenantStatus is not (null or "active"))
        {
            (campaign.Status, campaign.NextAt) = ("paused", null);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var policy = await settings.ReminderPolicyAsync(uow, ct);
        if (policy.Calling.Check(now) is { IsAllowed: false })
        {
            await campaigns.ScheduleStepAsync(uow, campaign, policy.Calling.EarliestAllowedAtOrAfter(now, now.AddDays(14)) ?? now.AddHours(1), ct);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var skip = contact is null || contact.Deleted ? "contact_deleted" : contact.DoNotCall ? "do_not_call" : await RecentlyCalledAsync(uow, contactId, now, ct) ? "recent_call" : null;
        if (skip is not null)
        {
            await MarkAsync(uow, campaign.Id, contactId, "skipped", skip, null, now, ct);
            await campaigns.ScheduleStepAsync(uow, campaign, now, ct);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var slot = await slots.TryTakeAsync(uow, contact!.TenantTimezone, ct);
        if (!slot.Allowed)
        {
            await campaigns.ScheduleStepAsync(uow, campaign, slot.RetryAt!.Value, ct);
            await campaigns.SaveAsync(uow, campaign, ct);
            return;
        }
        var session = await sessions.CreateOnceAsync(uow, new CallSessionRow
        {
            TenantId = uow.TenantId!.Value,
            Id = Ids.New(time),
            ContactId = contactId,
            Kind = "campaign",
            IdempotencyKey = $"campaign:{campaign.Id}:{contactId}",
            CreatedAt = now,
            SlotTakenAt = now,
            UpdatedAt = now,
        }, ct);
        await queue.EnqueueManyAsync(uow, CallSessionWork.For(uow.TenantId, session, now), ct);
        await MarkAsync(uow, campaign.Id, contactId, "called", null, session.Id, now, ct);
        await campaigns.ScheduleStepAsync(uow, campaign, now.AddMinutes(campaign.IntervalMinutes), ct);
        await campaigns.SaveAsync(uow, campaign, ct);
    }

    private static Task<bool> RecentlyCalledAsync(UnitOfWork uow, Guid contactId, DateTimeOffset now, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("SELECT EXISTS (SELECT 1 FROM call_sessions WHERE tenant_id = @TenantId AND contact_id = @ContactId AND created_at > @Since)",
            new { uow.TenantId, ContactId = contactId, Since = now - RecentCallGap }, ct);

    private static Task MarkAsync(UnitOfWork uow, Guid campaignId, Guid contactId, string status, string? reason, Guid? sessionId, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE campaign_contacts SET status = @Status, reason = @Reason, call_session_id = @SessionId, updated_at = @Now
            WHERE tenant_id = @TenantId AND campaign_id = @CampaignId AND contact_id = @ContactId
            """, new { uow.TenantId, CampaignId = campaignId, ContactId = contactId, Status = status, Reason = reason, SessionId = sessionId, Now = now }, ct);
}
