using VioConcierge.Application.Security;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Email;

/// <summary>
/// Sends one queued email (<see cref="EmailOutbox"/>). A failure throws, so the queue retries it and dead-letters it
/// after its last attempt. The Message-ID comes from the work item, the same on every retry.
/// </summary>
public sealed class SendEmailHandler(IMailSender mail, IFieldProtector protector) : IWorkHandler
{
    public string Kind => WorkKinds.SendEmail;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        mail.SendAsync(WorkPayload.Read<SealedEmail>(item).Open(protector), $"<{item.Id:N}@vioconcierge>", cancellationToken);
}
