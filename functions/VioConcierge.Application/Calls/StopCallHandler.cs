using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Ends a live call at the provider (appointment moved or cancelled, contact deleted, tenant paused); its end then
/// arrives as any call's does (webhook or lookup). A call not yet placed is never dialled: its session ends at once
/// (failed, <c>call_stopped</c>), which frees its dialling slot.
/// </summary>
public sealed class StopCallHandler(ITransactions database, ICallSessionStore sessions, IVoiceProvider voice, TimeProvider time) : IWorkHandler
{
    public string Kind => WorkKinds.StopCall;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId!.Value;
        var sessionId = WorkPayload.Read<CallSessionPayload>(item).CallSessionId;
        string? providerCallId = null;
        await using (var uow = await database.BeginTenantAsync(tenantId, cancellationToken))
        {
            var live = await sessions.FindAsync(uow, sessionId, forUpdate: true, cancellationToken);
            if (live is not null && live.Apply(new CallSessionEvent.Stopped(), time.GetUtcNow()))
            {
                await sessions.SaveAsync(uow, live, cancellationToken);
            }
            else if (live is { EndedAt: null })
            {
                providerCallId = live.ProviderCallId;
            }
            await uow.CommitAsync(cancellationToken);
        }
        if (providerCallId is not null)
        {
            await voice.StopCallAsync(tenantId, providerCallId, cancellationToken);
        }
    }
}
