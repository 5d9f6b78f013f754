using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Contacts;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the statements the list route runs for the first page (no cursor), built by the app's
/// own <see cref="ContactListParameters"/>, <see cref="ContactListSql"/> and <see cref="PostgresContactList"/> SQL with
/// the host's keys, on a connection of the application role scoped to the tenant as the app scopes its transactions:
/// the total and the page, or the one counted page of a narrowed search. The search functions' own plans do not show
/// in the caller's (a function scan), so each function a statement calls is explained too: its body, as the owner
/// (whom the function runs as), with a generic plan, which is how PostgreSQL plans a SQL function's body.
/// </summary>
public static partial class QueryPlans
{
    public static async Task CaptureAsync(
        IServiceProvider services, BenchDatabase database, Guid tenantId, IReadOnlyList<(string Label, ContactListRequest Request)> queries,
        ContactsReport report, CancellationToken ct)
    {
        var sql = services.GetRequiredService<ContactListSql>();
        await using var connection = await OpenScopedAsync(database.ConnectionString, tenantId, ct);
        await using var owner = await OpenScopedAsync(database.OwnerConnectionString, tenantId, ct);
        await owner.ExecuteAsync(new CommandDefinition("SET plan_cache_mode = force_generic_plan", cancellationToken: ct));
        var now = DateTimeOffset.UtcNow;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        foreach (var (label, request) in queries)
        {
            var query = ContactListParameters.Parse(request, zone, now).Value
                ?? throw new InvalidOperationException($"The plan query '{label}' is not valid.");
            var (where, parameters, narrowed) = await sql.FilterAsync(connection, null, query, tenantId, now, ct);
            parameters.Add("Limit", PageLimits.Default + 1);
            if (narrowed)
            {
                var page = PostgresContactList.CountedPageSql(query, where, hasCursor: false);
                report.Plans.Add($"{label}, page with total: {await ExplainAsync(connection, page, parameters, ct)}");
            }
            else
            {
                report.Plans.Add($"{label}, total: {await ExplainAsync(connection, PostgresContactList.CountSql(where), parameters, ct)}");
                report.Plans.Add($"{label}, page:  {await ExplainAsync(connection, PostgresContactList.PageSql(query, where, hasCursor: false), parameters, ct)}");
            }
            foreach (Match call in FunctionCall().Matches(where))
            {
                var (function, argument) = (call.Groups["function"].Value, call.Groups["argument"].Value);
                var value = parameters.Get<object>(argument);
                var plan = await ExplainFunctionAsync(owner, function, value, ct);
                report.Plans.Add($"{label}, inside {function}({Describe(value)}): {plan}");
            }
        }
    }

    private static async Task<NpgsqlConnection> OpenScopedAsync(string connectionString, Guid tenantId, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT set_config('app.tenant_id', @Tenant, false), set_config('app.scope', 'tenant', false)",
            new { Tenant = tenantId.ToString() }, cancellationToken: ct));
        return connection;
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string statement, DynamicParameters parameters, CancellationToken ct) =>
        PlanSummary.Of(await connection.QuerySingleAsync<string>(new CommandDefinition(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, parameters, cancellationToken: ct)));

    /// <summary>The function's body, prepared with its argument as $1 and run once under EXPLAIN.</summary>
    private static async Task<string> ExplainFunctionAsync(NpgsqlConnection owner, string function, object value, CancellationToken ct)
    {
        var (body, argument, type) = await owner.QuerySingleAsync<(string, string, string)>(new CommandDefinition("""
            SELECT p.prosrc, p.proargnames[1], format_type(p.proargtypes[0], NULL)
            FROM pg_proc p WHERE p.proname = @function AND p.pronamespace = 'public'::regnamespace
            """, new { function }, cancellationToken: ct));
        var statement = Regex.Replace(body, $@"\b{Regex.Escape(argument)}\b", "$$1");
        await owner.ExecuteAsync(new CommandDefinition($"PREPARE bench_function({type}) AS {statement}", cancellationToken: ct));
        try
        {
            return PlanSummary.Of(await owner.QuerySingleAsync<string>(new CommandDefinition(
                $"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE bench_function({Literal(value)})", cancellationToken: ct)));
        }
        finally
        {
            await owner.ExecuteAsync(new CommandDefinition("DEALLOCATE bench_function", cancellationToken: ct));
        }
    }

    private static string Literal(object value) => value switch
    {
        int[] grams => $"'{{{string.Join(',', grams)}}}'",
        _ => "'" + value.ToString()!.Replace("'", "''", StringComparison.Ordinal) + "'",
    };

    private static string Describe(object value) => value is int[] grams ? $"{grams.Length} blind-index slices" : $"'{value}'";

    [GeneratedRegex(@"(?<function>contact_ids_\w+)\(@(?<argument>\w+)\)")]
    private static partial Regex FunctionCall();
}
