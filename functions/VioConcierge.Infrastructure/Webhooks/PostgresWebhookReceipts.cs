using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Infrastructure.Webhooks;

/// <summary>
/// Webhook receipts. Recording one and enqueueing its work is a single prepared statement in a single round trip
/// (<see cref="Database.QueryTenantOnceAsync{T}"/>): the receipt is written only when the call session it names belongs
/// to the tenant (row-level security hides every other tenant's sessions, and a tenant that does not exist has none),
/// and the work item only when the receipt is new. An event naming the wrong tenant writes nothing anywhere.
/// </summary>
public sealed class PostgresWebhookReceipts(Database database, PostgresWorkQueue queue)
{
    private static readonly string RecordSql = $"""
        WITH session AS (
            SELECT id FROM call_sessions WHERE tenant_id = @TenantId AND id = @CallSessionId),
        receipt AS (
            INSERT INTO webhook_receipts (tenant_id, provider, event_key, event, call_session_id, received_at)
            SELECT @TenantId, @Provider, @EventKey, @Event, id, @Now FROM session
            ON CONFLICT DO NOTHING
            RETURNING 1),
        work AS (
            {PostgresWorkQueue.InsertSql("receipt")})
        SELECT EXISTS (SELECT 1 FROM session) AS known, EXISTS (SELECT 1 FROM work) AS recorded
        """;

    /// <summary>A receipt that names no call session (calendar bookings): recorded, and its work enqueued, when new.</summary>
    private static readonly string RecordUnboundSql = $"""
        WITH receipt AS (
            INSERT INTO webhook_receipts (tenant_id, provider, event_key, event, call_session_id, received_at)
            VALUES (@TenantId, @Provider, @EventKey, @Event, NULL, @Now)
            ON CONFLICT DO NOTHING
            RETURNING 1),
        work AS (
            {PostgresWorkQueue.InsertSql("receipt")})
        SELECT true AS known, EXISTS (SELECT 1 FROM work) AS recorded
        """;

    /// <summary>The statements with positional parameters (no rewriting per call) and the names in their order.</summary>
    private static readonly (string Sql, string[] Names) Positional = ToPositional(RecordSql);

    private static readonly (string Sql, string[] Names) PositionalUnbound = ToPositional(RecordUnboundSql);

    /// <summary>Records <paramref name="receipt"/> for <paramref name="tenantId"/> and, when it is new, enqueues <paramref name="work"/>.</summary>
    public Task<ReceiptResult> RecordAsync(Guid tenantId, WebhookReceipt receipt, WorkRequest work, CancellationToken ct) =>
        ExecuteAsync(receipt.CallSessionId == Guid.Empty ? PositionalUnbound : Positional, tenantId, receipt, work, ct);

    private async Task<ReceiptResult> ExecuteAsync((string Sql, string[] Names) statement, Guid tenantId, WebhookReceipt receipt, WorkRequest work, CancellationToken ct)
    {
        var item = queue.NewItem(work, tenantId);
        var values = new Dictionary<string, NpgsqlParameter>
        {
            ["TenantId"] = new NpgsqlParameter<Guid> { TypedValue = tenantId },
            ["CallSessionId"] = new NpgsqlParameter<Guid> { TypedValue = receipt.CallSessionId },
            ["Provider"] = new NpgsqlParameter<string> { TypedValue = receipt.Provider },
            ["EventKey"] = new NpgsqlParameter<string> { TypedValue = receipt.EventKey },
            ["Event"] = new NpgsqlParameter<string> { TypedValue = receipt.Event },
            ["Id"] = new NpgsqlParameter<Guid> { TypedValue = item.Id },
            ["Kind"] = new NpgsqlParameter<string> { TypedValue = item.Kind },
            ["PayloadJson"] = new NpgsqlParameter<string> { TypedValue = item.PayloadJson },
            ["DueAt"] = new NpgsqlParameter<DateTimeOffset> { TypedValue = item.DueAt },
            ["MaxAttempts"] = new NpgsqlParameter<int> { TypedValue = item.MaxAttempts },
            ["DedupeKey"] = new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)item.DedupeKey ?? DBNull.Value },
            ["Now"] = new NpgsqlParameter<DateTimeOffset> { TypedValue = item.Now },
        };
        var command = new NpgsqlBatchCommand(statement.Sql);
        command.Parameters.AddRange(statement.Names.Select(name => values[name]).ToArray());
        var (known, recorded) = await database.QueryTenantOnceAsync(tenantId, command, reader => (reader.GetBoolean(0), reader.GetBoolean(1)), ct);
        if (recorded)
        {
            queue.Notify();
        }
        return recorded ? ReceiptResult.Recorded : known ? ReceiptResult.Duplicate : ReceiptResult.UnknownSession;
    }

    private static (string Sql, string[] Names) ToPositional(string sql)
    {
        var names = new List<string>();
        var positional = Regex.Replace(sql, "@([A-Za-z]+)", match =>
        {
            var index = names.IndexOf(match.Groups[1].Value);
            if (index < 0)
            {
                names.Add(match.Groups[1].Value);
                index = names.Count - 1;
            }
            return $"${index + 1}";
        });
        return (positional, [.. names]);
    }
}
