using System.Text.Json;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;
using VioConcierge.Infrastructure.Work;

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
    ILogger<PlaceCallHandler> logger) : IBatchWorkHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => ReminderWorkKinds.PlaceCall;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => HandleAsync(item, null, cancellationToken);

    /// <summary>
    /// The item completes with the transaction that settles it: the refusal, or the provider's answer (which commits
    /// even if the lease was lost meanwhile: the call was dialled).
    /// </summary>
    public async Task HandleAsync(WorkItem item, WorkCompletion? completion, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId!.Value;
        var sessionId = JsonSerializer.Deserialize<CallSessionPayload>(item.PayloadJson, Json)!.CallSessionId;
        var request = await RecordIntentAsync(tenantId, sessionId, completion, cancellationToken);
        if (request is null)
        {
            return;
        }
        var result = await voice.PlaceCallAsync(request, cancellationToken);
        logger.LogInformation("Call session {CallSessionId} for tenant {TenantId}: placed {Placed} {Failure}",
            sessionId, tenantId, result.Placed, result.Failure);
        await outcomes.PlacementResultAsync(tenantId, sessionId, result, completion, cancellationToken);
    }

    /// <summary>
    /// Placements due together: every intent recorded in one transaction (tenants in id order, the order every batch
    /// takes their limiter locks in) and committed before any call is dialled; the calls dialled at once; every answer
    /// recorded, and its item completed, in a second transaction. If recording the answers together fails, each is
    /// recorded on its own; a call is never dialled again (its session is committed as placed).
    /// </summary>
    public async Task HandleBatchAsync(IReadOnlyList<(WorkItem Item, WorkCompletion Completion)> batch, CancellationToken cancellationToken)
    {
        var placements = batch.Where(entry => entry.Item.TenantId is not null)
            .Select(entry => (entry.Item.TenantId!.Value, JsonSerializer.Deserialize<CallSessionPayload>(entry.Item.PayloadJson, Json)!.CallSessionId, entry.Completion))
            .OrderBy(placement => placement.Item1)
            .ToArray();
        if (placements.Length == 0)
        {
            return;
        }
        var toDial = new List<(Guid TenantId, Guid SessionId, WorkCompletion Completion, CallRequest Request)>();
        await using (var uow = await database.BeginTenantAsync(placements[0].Item1, cancellationToken))
        {
            foreach (var (tenantId, sessionId, completion) in placements)
            {
                await uow.ScopeToTenantAsync(tenantId, cancellationToken);
                if (await RecordIntentAsync(uow, sessionId, completion, cancellationToken) is { } request)
                {
                    toDial.Add((tenantId, sessionId, completion, request));
                }
            }
            await uow.CommitAsync(cancellationToken);
        }
        var results = await Task.WhenAll(toDial.Select(call => voice.PlaceCallAsync(call.Request, cancellationToken)));
        for (var i = 0; i < toDial.Count; i++)
        {
            logger.LogInformation("Call session {CallSessionId} for tenant {TenantId}: placed {Placed} {Failure}",
                toDial[i].SessionId, toDial[i].TenantId, results[i].Placed, results[i].Failure);
        }
        await RecordResultsAsync(toDial.Select((call, i) => (call.TenantId, call.SessionId, call.Completion, results[i])).ToArray(), cancellationToken);
    }

    private async Task RecordResultsAsync(IReadOnlyList<(Guid TenantId, Guid SessionId, WorkCompletion Completion, PlaceCallResult Result)> answers, CancellationToken ct)
    {
        if (answers.Count == 0)
        {
            return;
        }
        try
        {
            await using var uow = await database.BeginTenantAsync(answers[0].TenantId, ct);
            foreach (var (tenantId, sessionId, completion, result) in answers)
            {
                await uow.ScopeToTenantAsync(tenantId, ct);
                await outcomes.PlacementResultAsync(uow, sessionId, result, completion, ct);
            }
            await uow.CommitAsync(ct);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Recording {Count} placement results together failed; recording each on its own", answers.Count);
            foreach (var (tenantId, sessionId, completion, result) in answers)
            {
                await outcomes.PlacementResultAsync(tenantId, sessionId, result, completion, ct);
            }
        }
    }

    /// <summary>Checks the gates and records the attempt in a transaction of its own; returns the request to send, or null when nothing is to be dialled.</summary>
    private async Task<CallRequest?> RecordIntentAsync(Guid tenantId, Guid sessionId, WorkCompletion? completion, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var request = await RecordIntentAsync(uow, sessionId, completion, ct);
        await uow.CommitAsync(ct);
        return request;
    }

    /// <summary>Checks the gates and records the attempt in <paramref name="uow"/>, scoped to the session's tenant.</summary>
    private async Task<CallRequest?> RecordIntentAsync(UnitOfWork uow, Guid sessionId, WorkCompletion? completion, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tenantId = uow.TenantId!.Value;
        var session = await sessions.FindAsync(uow, sessionId, forUpdate: true, ct);
        if (session is null || session.PlacedAt is not null || session.Status != "initiated")
        {
            return null;
        }
        var contact = await facts.ReadAsync(uow, session.ContactId, ct);
        var refusal = await GateAsync(uow, contact, ct);
        var context = refusal is null ? await facts.ContextAsync(uow, contact!, ct) : null;
        // The limiter's locks last until the commit, and every placement of the tenant (and, once the tenant's limits
        // pass, of the platform) waits for them: take the slot last, with only the session update left to do.
        if (refusal is null && session.Kind == "reminder" && await slots.TryTakeAsync(uow, contact!.TenantTimezone, ct) is { Allowed: false } slot)
        {
            refusal = (slot.Reason!, slot.RetryAt);
        }
        if (refusal is not null)
        {
            await outcomes.RefusedAsync(uow, session, refusal.Value.Reason, refusal.Value.RetryAt, ct);
            if (completion is not null)
            {
                await completion.CompleteInAsync(uow, ct);
            }
            return null;
        }
        session.PlacedAt = now;
        session.UpdatedAt = now;
        await sessions.SaveAsync(uow, session, ct);
        return new CallRequest(tenantId, session.ContactId, session.Id, session.ReminderId, session.Attempt, contact!.Phone, session.IdempotencyKey, context!);
    }

    private async Task<(string Reason, DateTimeOffset? RetryAt)?> GateAsync(UnitOfWork uow, CallFacts? contact, CancellationToken ct)
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
        return await voice.IsConfiguredAsync(uow.TenantId!.Value, ct)
            ? null
            : ("voice_not_configured", time.GetUtcNow() + ReminderPolicy.ProviderConfigurationDelay);
    }
}
