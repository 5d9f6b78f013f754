using Microsoft.Extensions.Options;
using Npgsql;
using VioConcierge.Application.Webhooks;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Infrastructure.Webhooks;

/// <summary>
/// Webhook receipts. Recording one and enqueueing its work is one statement: the receipt is written only when the
/// call session it names belongs to the tenant (row-level security hides every other tenant's sessions, and a tenant
/// that does not exist has none), and the work item only when the receipt is new. An event naming the wrong tenant
/// writes nothing anywhere.
/// Concurrent deliveries share round trips (<see cref="WriteCoalescer{TItem,TResult}"/>): the ones waiting while
/// earlier ones are being written go together, one statement per tenant, each under its tenant's scope, in one
/// implicit transaction (<see cref="Database.QueryEachTenantOnceAsync{T}"/>). A delivery's caller hears back only once
/// its receipt and work item have committed. Each session is looked up by its key, one lateral lookup per delivery (a
/// prepared statement's generic plan would otherwise hash every session of the tenant).
/// </summary>
public sealed class PostgresWebhookReceipts : IWebhookReceipts
{
    private const string RecordSql = """
        WITH input AS (
            SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[],
                                 $9::timestamptz[], $10::int[], $11::text[])
                WITH ORDINALITY AS i(provider, event_key, event, call_session_id, work_id, kind, payload, due_at, max_attempts, dedupe_key, n)),
        known AS (
            SELECT i.* FROM input i
            LEFT JOIN LATERAL (SELECT 1 AS found FROM call_sessions s WHERE s.tenant_id = $1 AND s.id = i.call_session_id LIMIT 1) s ON true
            WHERE i.call_session_id IS NULL OR s.found IS NOT NULL),
        receipt AS (
            INSERT INTO webhook_receipts (tenant_id, provider, event_key, event, call_session_id, received_at)
            SELECT $1, provider, event_key, event, call_session_id, $12 FROM known
            ON CONFLICT DO NOTHING
            RETURNING provider, event_key, event),
        work AS (
            INSERT INTO work_items (tenant_id, id, kind, payload, due_at, max_attempts, dedupe_key, created_at, updated_at)
            SELECT $1, k.work_id, k.kind, CAST(k.payload AS jsonb), k.due_at, k.max_attempts, k.dedupe_key, $12, $12
            FROM known k JOIN receipt r USING (provider, event_key, event)
            ON CONFLICT (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
            RETURNING id)
        SELECT k.n IS NOT NULL AS known, w.id IS NOT NULL AS recorded
        FROM input i LEFT JOIN known k ON k.n = i.n LEFT JOIN work w ON w.id = i.work_id
        ORDER BY i.n
        """;

    private readonly Database _database;
    private readonly PostgresWorkQueue _queue;
    private readonly WriteCoalescer<Delivery, ReceiptResult> _writes;

    public PostgresWebhookReceipts(Database database, PostgresWorkQueue queue, IOptions<WebhookReceiptOptions> options)
    {
        (_database, _queue) = (database, queue);
        _writes = new WriteCoalescer<Delivery, ReceiptResult>(
            RecordManyAsync, async delivery => (await RecordManyAsync([delivery]))[0], options.Value.ReceiptBatchSize, options.Value.ReceiptWriters);
    }

    /// <summary>Records <paramref name="receipt"/> for <paramref name="tenantId"/> and, when it is new, enqueues <paramref name="work"/>.</summary>
    /// <remarks>Not cancelled by <paramref name="ct"/> once queued: the delivery is recorded even if its sender has gone.</remarks>
    public Task<ReceiptResult> RecordAsync(Guid tenantId, WebhookReceipt receipt, WorkRequest work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return _writes.WriteAsync(new Delivery(tenantId, receipt, _queue.NewItem(work, tenantId)));
    }

    /// <summary>
    /// Records every delivery in one round trip and returns what happened to each, in order. A delivery repeated
    /// within <paramref name="deliveries"/> is sent once; its repeats are duplicates of it.
    /// </summary>
    public async Task<IReadOnlyList<ReceiptResult>> RecordManyAsync(IReadOnlyList<Delivery> deliveries)
    {
        var firstOfKey = new Dictionary<(Guid, string, string, string), int>();
        var sent = new List<int>();
        var sameAs = new int[deliveries.Count];
        for (var i = 0; i < deliveries.Count; i++)
        {
            var (tenantId, receipt, _) = deliveries[i];
            sameAs[i] = firstOfKey.TryAdd((tenantId, receipt.Provider, receipt.EventKey, receipt.Event), i)
                ? i
                : firstOfKey[(tenantId, receipt.Provider, receipt.EventKey, receipt.Event)];
            if (sameAs[i] == i)
            {
                sent.Add(i);
            }
        }
        var byTenant = sent.GroupBy(i => deliveries[i].TenantId).Select(group => group.ToArray()).ToArray();
        var rows = await _database.QueryEachTenantOnceAsync(
            byTenant.Select(group => (deliveries[group[0]].TenantId, Statement(group.Select(i => deliveries[i]).ToArray()))).ToArray(),
            reader => reader.GetBoolean(1) ? ReceiptResult.Recorded : reader.GetBoolean(0) ? ReceiptResult.Duplicate : ReceiptResult.UnknownSession,
            CancellationToken.None);
        var results = new ReceiptResult[deliveries.Count];
        for (var g = 0; g < byTenant.Length; g++)
        {
            for (var j = 0; j < byTenant[g].Length; j++)
            {
                results[byTenant[g][j]] = rows[g][j];
            }
        }
        for (var i = 0; i < deliveries.Count; i++)
        {
            if (sameAs[i] != i)
            {
                results[i] = results[sameAs[i]] == ReceiptResult.UnknownSession ? ReceiptResult.UnknownSession : ReceiptResult.Duplicate;
            }
        }
        if (results.Contains(ReceiptResult.Recorded))
        {
            _queue.Notify();
        }
        return results;
    }

    private static NpgsqlBatchCommand Statement(Delivery[] deliveries) => new(RecordSql)
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = deliveries[0].TenantId },
            Array(deliveries, d => d.Receipt.Provider),
            Array(deliveries, d => d.Receipt.EventKey),
            Array(deliveries, d => d.Receipt.Event),
            Array(deliveries, d => d.Receipt.CallSessionId == Guid.Empty ? null : (Guid?)d.Receipt.CallSessionId),
            Array(deliveries, d => d.Item.Id),
            Array(deliveries, d => d.Item.Kind),
            Array(deliveries, d => d.Item.PayloadJson),
            Array(deliveries, d => d.Item.DueAt),
            Array(deliveries, d => d.Item.MaxAttempts),
            Array(deliveries, d => d.Item.DedupeKey),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = deliveries[0].Item.Now },
        },
    };

    private static NpgsqlParameter<T[]> Array<T>(Delivery[] deliveries, Func<Delivery, T> value) => new() { TypedValue = deliveries.Select(value).ToArray() };

    /// <summary>One delivery to record: the tenant it names, its receipt, and the work item that applies it.</summary>
    public sealed record Delivery(Guid TenantId, WebhookReceipt Receipt, WorkItemParameters Item);
}
