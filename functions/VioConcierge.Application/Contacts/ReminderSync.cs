using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The one seam between contacts and reminders: every change to a contact enqueues a sync of its reminder in the
/// same transaction, so the plan always follows the contact (create, edit, status, delete, restore, import, bulk).
/// </summary>
public sealed class ReminderSync(IWorkQueue queue, TimeProvider time)
{
    public const int ContactsPerItem = 1_000;
    public async Task EnqueueAsync(IUnitOfWork uow, IEnumerable<Guid> contactIds, CancellationToken ct)
    {
        foreach (var chunk in contactIds.Distinct().Chunk(ContactsPerItem))
        {
            await queue.EnqueueAsync(uow, new WorkRequest(WorkKinds.Sync, WorkPayload.Write(new SyncPayload(chunk)), time.GetUtcNow(), uow.TenantId), ct);
        }
    }
}
