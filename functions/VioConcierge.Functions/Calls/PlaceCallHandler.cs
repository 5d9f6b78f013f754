using System.Text.Json;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Calls;

/// <summary>
/// Places one call session. The session is marked as placed and committed BEFORE the provider is asked, so a work
/// item that runs again (crash, lease expiry) finds it placed and never dials twice; an unknown result is settled
/// by the outcome check or the provider's webhook, not by dialling again.
/// </summary>
public sealed class PlaceCallHandler(
    Database database,
    PostgresCallSessionStore sessions,
    CallFactsReader facts,
    CallSlots slots,
    CallOutcomeService outcomes,
    IVoiceProvider voice,
    TimeProvider time,
    ILogger<PlaceCallHandler> logger) : IWorkHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => ReminderWorkKinds.PlaceCall;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId!.Value;
        var sessionId = JsonSerializer.Deserialize<CallSessionPayload>(item.PayloadJson, Json)!.CallSessionId;
        var request = await RecordIntentAsync(tenantId, sessionId, cancellationToken);
        if (request is null)
        {
            return;
        }
        var result = await voice.PlaceCallAsync(request, cancellationToken);
        logger.LogInformation("Call session {CallSessionId} for tenant {TenantId}: placed {Placed} {Failure}",
            sessionId, tenantId, result.Placed, result.Failure);
        await outcomes.PlacementResultAsync(tenantId, sessionId, result, cancellationToken);
    }

    /// <summary>Checks the gates and records the attempt; returns the request to send, or null when nothing is to be dialled.</summary>
    private async Task<CallRequest?> RecordIntentAsync(Guid tenantId, Guid sessionId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var session = await sessions.FindAsync(uow, sessionId, forUpdate: true, ct);
        if (session is null || session.PlacedAt is not null || session.Status != "initiated")
        {
            return null;
        }
        var contact = await facts.ReadAsync(uow, session.ContactId, ct);
        var refusal = await GateAsync(uow, session, contact, ct);
        if (refusal is not null)
        {
            await outcomes.RefusedAsync(uow, session, refusal.Value.Reason, refusal.Value.RetryAt, ct);
            await uow.CommitAsync(ct);
            return null;
        }
        session.PlacedAt = now;
        session.UpdatedAt = now;
        await sessions.SaveAsync(uow, session, ct);
        var context = await facts.ContextAsync(uow, contact!, ct);
        await uow.CommitAsync(ct);
        return new CallRequest(tenantId, session.ContactId, session.Id, session.ReminderId, session.Attempt, contact!.Phone, session.IdempotencyKey, context);
    }

    private async Task<(string Reason, DateTimeOffset? RetryAt)?> GateAsync(UnitOfWork uow, CallSessionRow session, CallFacts? contact, CancellationToken ct)
    {
        if (contact is null || contact.Deleted)
        {
            return ("contact_deleted", null);
        }
        if (contact.TenantStatus != "active")
        {
            return ("tenant_paused", null);
        }
        if (contact.DoNotCall)
        {
            return ("do_not_call", null);
        }
        if (!await voice.IsConfiguredAsync(uow.TenantId!.Value, ct))
        {
            return ("voice_not_configured", time.GetUtcNow() + ReminderPolicy.ProviderConfigurationDelay);
        }
        if (session.Kind != "reminder")
        {
            return null;
        }
        var slot = await slots.TryTakeAsync(uow, contact.TenantTimezone, ct);
        return slot.Allowed ? null : (slot.Reason!, slot.RetryAt);
    }
}
