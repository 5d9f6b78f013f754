using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Re-plans every waiting (scheduled) reminder of the transaction's tenant after its calling policy changed: the work
/// is enqueued in the caller's transaction, so it commits with the change or not at all, and runs through the
/// reminder engine under the policy as committed. Returns how many reminders it covers.
/// </summary>
public sealed class ReminderReplan(IReminderStore reminders, IWorkQueue queue, TimeProvider time)
{
    public const int ContactsPerItem = 1_000;

    public async Task<int> EnqueueAsync(IUnitOfWork uow, string reason, CancellationToken ct)
    {
        var waiting = await reminders.ContactsInStatusAsync(uow, ["scheduled"], ct);
        var requests = waiting.Chunk(ContactsPerItem)
            .Select(chunk => new WorkRequest(WorkKinds.Replan, WorkPayload.Write(new ReplanPayload(chunk, reason)), time.GetUtcNow(), uow.TenantId))
            .ToList();
        if (requests.Count > 0)
        {
            await queue.EnqueueManyAsync(uow, requests, ct);
        }
        return waiting.Count;
    }
}
