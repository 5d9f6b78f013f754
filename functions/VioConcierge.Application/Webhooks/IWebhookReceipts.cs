using VioConcierge.Core.Work;

namespace VioConcierge.Application.Webhooks;

/// <summary>
/// Webhook receipts. Recording one and enqueueing its work is one statement: the receipt is written only when the
/// call session it names belongs to the tenant (row-level security hides every other tenant's sessions, and a tenant
/// that does not exist has none), and the work item only when the receipt is new. An event naming the wrong tenant
/// writes nothing anywhere.
/// </summary>
public interface IWebhookReceipts
{
    /// <summary>Records <paramref name="receipt"/> for <paramref name="tenantId"/> and, when it is new, enqueues <paramref name="work"/>.</summary>
    /// <remarks>Not cancelled by <paramref name="ct"/> once queued: the delivery is recorded even if its sender has gone.</remarks>
    Task<ReceiptResult> RecordAsync(Guid tenantId, WebhookReceipt receipt, WorkRequest work, CancellationToken ct);
}
