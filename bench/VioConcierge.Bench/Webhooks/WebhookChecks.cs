using Npgsql;

namespace VioConcierge.Bench.Webhooks;

/// <summary>The bench's SQL checks, in platform scope as the application role: what the ingestion and the drain stored.</summary>
public sealed class WebhookChecks(string connectionString)
{
    /// <summary>Problems with the receipts and work items: every (call, event) sent once each, nothing else.</summary>
    public async Task<IReadOnlyList<string>> IngestionProblemsAsync(int expectedEvents, CancellationToken ct)
    {
        var problems = new List<string>();
        var receipts = await CountAsync("SELECT count(*) FROM webhook_receipts", ct);
        var items = await CountAsync("SELECT count(*) FROM work_items WHERE kind = 'webhooks.retell'", ct);
        var repeated = await CountAsync("SELECT count(*) FROM (SELECT event_key, event FROM webhook_receipts GROUP BY 1, 2 HAVING count(*) > 1) r", ct);
        var unmatched = await CountAsync("""
            SELECT count(*) FROM webhook_receipts r
            WHERE NOT EXISTS (SELECT 1 FROM work_items w WHERE w.dedupe_key = 'retell:' || r.event_key || ':' || r.event)
            """, ct);
        if (receipts != expectedEvents || items != expectedEvents || repeated != 0 || unmatched != 0)
        {
            problems.Add($"expected {expectedEvents} receipts and work items, one per event: {receipts} receipts, {items} work items, "
                + $"{repeated} events with more than one receipt, {unmatched} receipts without their work item");
        }
        return problems;
    }

    /// <summary>How many receipts each transaction that wrote receipts wrote, on average (deliveries sharing a round trip).</summary>
    public async Task<double> ReceiptsPerTransactionAsync(CancellationToken ct) =>
        (double)await CountAsync("SELECT count(*) FROM webhook_receipts", ct)
        / Math.Max(1, await CountAsync("SELECT count(DISTINCT xmin::text) FROM webhook_receipts", ct));

    public Task<long> PendingAsync(CancellationToken ct) =>
        CountAsync("SELECT count(*) FROM work_items WHERE kind = 'webhooks.retell' AND status IN ('pending', 'running')", ct);

    /// <summary>Problems after the drain: every item done at its first attempt, every call completed once, confirmed.</summary>
    public async Task<IReadOnlyList<string>> ProcessingProblemsAsync(int sessions, CancellationToken ct)
    {
        var problems = new List<string>();
        var notDoneOnce = await CountAsync("SELECT count(*) FROM work_items WHERE kind = 'webhooks.retell' AND (status <> 'done' OR attempts <> 1)", ct);
        var completed = await CountAsync("""
            SELECT count(*) FROM call_sessions WHERE status = 'completed' AND outcome = 'confirmed' AND connected_at IS NOT NULL
            """, ct);
        var outcomeLines = await CountAsync("SELECT count(*) FROM call_timeline WHERE code = 'outcome_confirmed'", ct);
        var contacts = await CountAsync("SELECT count(*) FROM contacts WHERE status = 'confirmed' AND call_attempts = 1", ct);
        if (notDoneOnce != 0)
        {
            problems.Add($"{notDoneOnce} webhook work items not done after exactly one attempt");
        }
        if (completed != sessions || outcomeLines != sessions || contacts != sessions)
        {
            problems.Add($"expected {sessions} calls applied exactly once: {completed} sessions completed+confirmed, "
                + $"{outcomeLines} outcome timeline lines, {contacts} contacts confirmed with one attempt");
        }
        return problems;
    }

    private async Task<long> CountAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT set_config('app.scope', 'platform', false); {sql}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }
}
