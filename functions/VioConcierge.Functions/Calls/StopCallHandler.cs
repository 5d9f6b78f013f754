using VioConcierge.Core.Calls;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;

namespace VioConcierge.Functions.Calls;

/// <summary>Ends a live call at the provider (appointment moved or cancelled, contact deleted, tenant paused).</summary>
public sealed class StopCallHandler(Database database, PostgresCallSessionStore sessions, IVoiceProvider voice) : IWorkHandler
{
    public string Kind => ReminderWorkKinds.StopCall;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var tenantId = item.TenantId!.Value;
        var sessionId = WorkPayload.Read<CallSessionPayload>(item).CallSessionId;
        string? providerCallId;
        await using (var uow = await database.BeginTenantAsync(tenantId, cancellationToken))
        {
            providerCallId = (await sessions.FindAsync(uow, sessionId, forUpdate: false, cancellationToken)) is { EndedAt: null } live
                ? live.ProviderCallId
                : null;
        }
        if (providerCallId is not null)
        {
            await voice.StopCallAsync(tenantId, providerCallId, cancellationToken);
        }
    }
}
