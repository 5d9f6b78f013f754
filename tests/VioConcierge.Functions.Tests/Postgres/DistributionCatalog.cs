using Dapper;
using Npgsql;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// Reads the public schema's catalog and names everything that would stop a table with <c>tenant_id</c> from being
/// distributed by it on a Citus cluster (Azure Cosmos DB for PostgreSQL / elastic clusters), or a table without it
/// from being a reference table. Each finding is one line: "{object}: {problem}".
/// </summary>
public static class DistributionCatalog
{
    /// <summary>Tables (ordinary or partitioned) of the public schema and whether each has a <c>tenant_id</c> column.</summary>
    public static async Task<Dictionary<string, bool>> TablesAsync(NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string Name, bool Tenant)>("""
            SELECT c.relname, EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
            FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            """)).ToDictionary(t => t.Name, t => t.Tenant);

    /// <summary>
    /// Tenant tables whose <c>tenant_id</c> is nullable, unique indexes (primary keys and unique constraints included)
    /// on tenant tables without <c>tenant_id</c>, and foreign keys that would cross shards: from a tenant table unless
    /// it pairs <c>tenant_id</c> with <c>tenant_id</c> or targets one of <paramref name="platformTables"/>, and from a
    /// platform table to anything but a platform table (a reference table cannot point into a distributed one).
    /// </summary>
    public static async Task<List<string>> FindingsAsync(NpgsqlConnection connection, IReadOnlySet<string> platformTables)
    {
        var findings = (await connection.QueryAsync<string>("""
            SELECT c.relname || '.tenant_id: nullable'
            FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT a.attnotnull
            UNION ALL
            SELECT i.indexrelid::regclass::text || ': unique without tenant_id'
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid AND c.relnamespace = 'public'::regnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE i.indisunique AND NOT a.attnum = ANY (i.indkey::int2[])
            """)).ToList();
        var keys = await connection.QueryAsync<(string Name, string From, string To, bool Paired)>("""
            SELECT k.conname, k.conrelid::regclass::text, k.confrelid::regclass::text,
                   EXISTS (SELECT FROM unnest(k.conkey, k.confkey) AS p(src, dst)
                           JOIN pg_attribute s ON s.attrelid = k.conrelid AND s.attnum = p.src
                           JOIN pg_attribute d ON d.attrelid = k.confrelid AND d.attnum = p.dst
                           WHERE s.attname = 'tenant_id' AND d.attname = 'tenant_id')
            FROM pg_constraint k
            WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
            """);
        foreach (var key in keys)
        {
            var fromPlatform = platformTables.Contains(key.From);
            var toPlatform = platformTables.Contains(key.To);
            if (fromPlatform && !toPlatform)
            {
                findings.Add($"{key.Name}: platform table {key.From} references {key.To}, not a platform table");
            }
            else if (!fromPlatform && !toPlatform && !key.Paired)
            {
                findings.Add($"{key.Name}: foreign key without tenant_id = tenant_id");
            }
        }
        return findings;
    }
}
