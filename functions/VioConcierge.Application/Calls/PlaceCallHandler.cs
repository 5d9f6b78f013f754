using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Telemetry;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Places call sessions. A session is marked as placed and committed BEFORE the provider is asked, so a work item that
/// runs again (crash, lease expiry) finds it placed and never dials twice; an unknown result is settled by the outcome
/// check or the provider's webhook, not by dialling again. Placements due together run as a batch: the intents
/// recorded and committed per tenant (its dialling slots taken in one limiter call, its limiter lock held only until
/// that commit) before any call is dialled; the calls dialled at once; every answer recorded, with its item completed,
/// in one transaction across the tenants (each on its own if recording them together fails).
/// </summary>
public sealed class PlaceCallHandler(
    ITransactions database,
    CallIntentRecorder intents,
    CallOutcomeService outcomes,
    IVoiceProvider voice,
    AppMetrics metrics,
    ILogger<PlaceCallHandler> logger) : IBatchWorkHandler
{
    public string Kind => WorkKinds.PlaceCall;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => HandleAsync(item, null, cancellationToken);

    /// <summary>
    /// The item completes with the transaction that settles it: the refusal, or the provider's answer (which commits
    /// even if the lease was lost meanwhile: the call was dialled).
    /// </summary>
    public Task HandleAsync(WorkItem item, WorkCompletion? completion, CancellationToken cancellationToken) =>
        PlaceAsync([Placement(item, completion)], cancellationToken);

    public Task HandleBatchAsync(IReadOnlyList<(WorkItem Item, WorkCompletion Completion)> batch, CancellationToken cancellationToken) =>
        PlaceAsync(batch.Where(entry => entry.Item.TenantId is not null).Select(entry => Placement(entry.Item, entry.Completion)).ToArray(), cancellationToken);

    private async Task PlaceAsync(IReadOnlyList<(Guid TenantId, Guid SessionId, WorkCompletion? Completion)> placements, CancellationToken ct)
    {
        var tenants = placements.GroupBy(placement => placement.TenantId).OrderBy(tenant => tenant.Key).ToArray();
        if (tenants.Length == 0)
        {
            return;
        }
        var calls = new List<(Guid TenantId, Guid SessionId, WorkCompletion? Completion, CallRequest Request)>();
        foreach (var tenant in tenants)
        {
            try
            {
                calls.AddRange(await RecordIntentsAsync(tenant.Key, tenant.Select(placement => (placement.SessionId, placement.Completion)).ToArray(), ct));
            }
            catch (Exception exception) when (!ct.IsCancellationRequested && tenants.Length > 1)
            {
                // Nothing of this tenant was committed; its items run again on their own. The others' calls go ahead.
                logger.LogWarning(exception, "Recording the placements of tenant {TenantId} failed", tenant.Key);
            }
        }
        var results = await Task.WhenAll(calls.Select(call => voice.PlaceCallAsync(call.Request, ct)));
        for (var i = 0; i < calls.Count; i++)
        {
            logger.LogInformation("Call session {CallSessionId} for tenant {TenantId}: placed {Placed} {Failure}",
                calls[i].SessionId, calls[i].TenantId, results[i].Placed, results[i].Failure);
            metrics.CallPlaced(results[i]);
        }
        await RecordResultsAsync(calls.Select((call, i) => (call.TenantId, call.SessionId, call.Completion, results[i])).ToArray(), ct);
    }

    /// <summary>One transaction per tenant: its limiter lock is held only until its own calls are recorded.</summary>
    private async Task<IEnumerable<(Guid TenantId, Guid SessionId, WorkCompletion? Completion, CallRequest Request)>> RecordIntentsAsync(
        Guid tenantId, IReadOnlyList<(Guid SessionId, WorkCompletion? Completion)> placements, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var requests = await intents.RecordAsync(uow, placements, ct);
        await uow.CommitAsync(ct);
        return requests.Select(request => (tenantId, request.SessionId, request.Completion, request.Request));
    }

    private async Task RecordResultsAsync(IReadOnlyList<(Guid TenantId, Guid SessionId, WorkCompletion? Completion, PlaceCallResult Result)> answers, CancellationToken ct)
    {
        if (answers.Count == 0)
        {
            return;
        }
        try
        {
            await using var uow = await database.BeginTenantAsync(answers[0].TenantId, ct);
            foreach (var tenant in answers.GroupBy(answer => answer.TenantId))
            {
                await uow.ScopeToTenantAsync(tenant.Key, ct);
                foreach (var (_, sessionId, _, result) in tenant)
                {
                    await outcomes.PlacementResultAsync(uow, sessionId, result, null, ct);
                }
                // Completed whatever the answer (a call already dialled is never dialled again), even if a lease was lost.
                await WorkCompletion.TryCompleteAllInAsync(uow, tenant.Select(answer => answer.Completion).OfType<WorkCompletion>().ToArray(), ct);
            }
            await uow.CommitAsync(ct);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested && answers.Count > 1)
        {
            logger.LogWarning(exception, "Recording {Count} placement results together failed; recording each on its own", answers.Count);
            foreach (var (tenantId, sessionId, completion, result) in answers)
            {
                await outcomes.PlacementResultAsync(tenantId, sessionId, result, completion, ct);
            }
        }
    }

    private static (Guid TenantId, Guid SessionId, WorkCompletion? Completion) Placement(WorkItem item, WorkCompletion? completion) =>
        (item.TenantId!.Value, WorkPayload.Read<CallSessionPayload>(item).CallSessionId, completion);
}
