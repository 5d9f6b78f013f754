using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Security;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Email;

/// <summary>
/// Sends email as background work: the email is enqueued in the caller's transaction (it is sent only if the change
/// that caused it commits, and never blocks the request), retried when the mail server fails, dead-lettered when it
/// keeps failing (the work queue's attempts). One email per <c>dedupeKey</c>: name the event and the recipient (e.g. <c>welcome:{userId}</c>), so
/// an event handled twice sends once. The queued message is sealed (<see cref="SealedEmail"/>): its address and body,
/// which may hold a single-use link, are never readable in the work queue or the dead-letter list.
/// </summary>
public sealed class EmailOutbox(IWorkQueue queue, IFieldProtector protector, TimeProvider time)
{
    /// <summary>Enqueues <paramref name="message"/> inside <paramref name="uow"/>; false when this dedupe key was already sent or queued.</summary>
    public async Task<bool> EnqueueAsync(IUnitOfWork uow, Guid? tenantId, EmailMessage message, string dedupeKey, CancellationToken ct)
    {
        var request = new WorkRequest(WorkKinds.SendEmail, WorkPayload.Write(SealedEmail.Seal(message, protector)), time.GetUtcNow(), tenantId,
            "email:" + dedupeKey);
        return await queue.EnqueueAsync(uow, request, ct) is not null;
    }
}
