using Npgsql;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// Seeds, with SQL in platform scope, one contact and one placed Call Now session ("ringing", with its provider call
/// id) per simulated call, spread round-robin over the given tenants. Returns the sessions in seeding order.
/// </summary>
public static class WebhookSeeder
{
    public static async Task<IReadOnlyList<SeededCall>> SeedAsync(string connectionString, IReadOnlyList<Guid> tenants, int count, CancellationToken ct)
    {
        var calls = Enumerable.Range(0, count)
            .Select(i => new SeededCall(tenants[i % tenants.Count], Guid.CreateVersion7(), Guid.CreateVersion7(), $"call_bench_{i:D7}_{Guid.NewGuid():N}"))
            .ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var scope = new NpgsqlCommand("SELECT set_config('app.scope', 'platform', false)", connection))
        {
            await scope.ExecuteNonQueryAsync(ct);
        }
        foreach (var chunk in calls.Chunk(2_000))
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO contacts (tenant_id, id, name, phone, phone_digits, call_before_hours, created_at, updated_at)
                SELECT t, c, 'Bench Caller', '+447700900123', '447700900123', 24, now(), now()
                FROM unnest(@tenants, @contacts) AS s(t, c);
                INSERT INTO call_sessions (tenant_id, id, contact_id, kind, idempotency_key, status, provider_call_id, created_at, placed_at, updated_at)
                SELECT t, s, c, 'manual', 'bench:' || s, 'ringing', p, now(), now(), now()
                FROM unnest(@tenants, @sessions, @contacts, @providerIds) AS x(t, s, c, p);
                """, connection);
            insert.Parameters.AddWithValue("tenants", chunk.Select(call => call.TenantId).ToArray());
            insert.Parameters.AddWithValue("contacts", chunk.Select(call => call.ContactId).ToArray());
            insert.Parameters.AddWithValue("sessions", chunk.Select(call => call.SessionId).ToArray());
            insert.Parameters.AddWithValue("providerIds", chunk.Select(call => call.CallId).ToArray());
            await insert.ExecuteNonQueryAsync(ct);
        }
        return calls;
    }
}
