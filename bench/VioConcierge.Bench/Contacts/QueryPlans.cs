using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Contacts;
using VioConcierge.Infrastructure.Contacts;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the two statements the list route runs (the total, then the page), built by the
/// app's own <see cref="ContactListParameters"/> and <see cref="ContactListSql"/> with the host's keys, on a
/// connection scoped to the tenant as the app scopes its transactions. The statement text mirrors
/// <see cref="PostgresContactList.ListAsync"/> (first page, no cursor).
/// </summary>
public static class QueryPlans
{
    public static async Task CaptureAsync(
        IServiceProvider services, string connectionString, Guid tenantId, IReadOnlyList<(string Label, ContactListRequest Request)> queries,
        ContactsReport report, CancellationToken ct)
    {
        var sql = services.GetRequiredService<ContactListSql>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT set_config('app.tenant_id', @Tenant, false), set_config('app.scope', 'tenant', false)",
            new { Tenant = tenantId.ToString() }, cancellationToken: ct));
        var now = DateTimeOffset.UtcNow;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        foreach (var (label, request) in queries)
        {
            var query = ContactListParameters.Parse(request, zone, now).Value
                ?? throw new InvalidOperationException($"The plan query '{label}' is not valid.");
            var (where, parameters) = sql.Filter(query, tenantId, now);
            var (key, _) = ContactListSql.SortKey(query.Sort);
            var direction = query.Descending ? "DESC" : "ASC";
            parameters.Add("Limit", PageLimits.Default + 1);
            var count = $"SELECT count(*) FROM contacts c WHERE {where}";
            var page = $"SELECT {PostgresContactStore.SelectColumns} FROM contacts c WHERE {where} ORDER BY {key} {direction}, c.id {direction} LIMIT @Limit";
            report.Plans.Add($"{label}, total: {await ExplainAsync(connection, count, parameters, ct)}");
            report.Plans.Add($"{label}, page:  {await ExplainAsync(connection, page, parameters, ct)}");
        }
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string statement, DynamicParameters parameters, CancellationToken ct) =>
        PlanSummary.Of(await connection.QuerySingleAsync<string>(new CommandDefinition(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, parameters, cancellationToken: ct)));
}
