using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Webhooks;

/// <summary>
/// Webhook receipts, in the caller's tenant transaction. A receipt is written only when the call session it names
/// belongs to the transaction's tenant (row-level security hides every other tenant's sessions, and a tenant that
/// does not exist has none), so an event naming the wrong tenant writes nothing anywhere.
/// </summary>
public sealed class PostgresWebhookReceipts
{
    public async Task<ReceiptResult> RecordAsync(UnitOfWork uow, WebhookReceipt receipt, CancellationToken ct)
    {
        var (known, recorded) = await uow.QuerySingleAsync<(bool Known, bool Recorded)>("""
            WITH session AS (
                SELECT id FROM call_sessions WHERE tenant_id = @TenantId AND id = @CallSessionId),
            receipt AS (
                INSERT INTO webhook_receipts (tenant_id, provider, event_key, event, call_session_id, received_at)
                SELECT @TenantId, @Provider, @EventKey, @Event, id, @ReceivedAt FROM session
                ON CONFLICT DO NOTHING
                RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM session) AS known, EXISTS (SELECT 1 FROM receipt) AS recorded
            """, new { uow.TenantId, receipt.CallSessionId, receipt.Provider, receipt.EventKey, receipt.Event, receipt.ReceivedAt }, ct);
        return recorded ? ReceiptResult.Recorded : known ? ReceiptResult.Duplicate : ReceiptResult.UnknownSession;
    }
}
