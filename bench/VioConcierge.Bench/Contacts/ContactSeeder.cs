using System.Diagnostics;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using VioConcierge.Core.Groups;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Seeds contacts, groups and memberships directly with SQL, in platform scope (a session-level
/// <c>app.scope = 'platform'</c>: the tables FORCE row-level security). PostgreSQL refuses <c>COPY FROM</c> into a
/// table with row-level security, so rows are binary-COPied into temporary staging tables and moved with one
/// <c>INSERT ... SELECT</c> each (every index is maintained, as in production). Notes and special instructions stay
/// NULL and <c>private_search</c> empty (they need the app's encryption); <c>search_text</c> is generated. Rows are
/// written as the application role; the closing <c>VACUUM (ANALYZE)</c> (the state autovacuum keeps a steady table
/// in) runs as the owner, the only role allowed to vacuum the tables.
/// </summary>
public static class ContactSeeder
{
    private const int Seed = 20_261_121;
    private static readonly double[] GroupWeights = [0.35, 0.25, 0.15, 0.1, 0.1, 0.05];

    public static async Task<(IReadOnlyList<SeededTenant> Tenants, IReadOnlyList<BenchFigure> Figures)> SeedAsync(
        BenchDatabase database, IReadOnlyList<SeedPlan> plans, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await Execute(connection, "SELECT set_config('app.scope', 'platform', false)", ct);
        await Execute(connection, SeedSql.CreateStaging, ct);
        var clock = Stopwatch.StartNew();
        var factory = new SeedContactFactory(Seed, now);
        var tenants = new List<SeededTenant>();
        foreach (var plan in plans)
        {
            tenants.Add(await StageTenantAsync(connection, factory, plan, now, ct));
        }
        var staged = clock.Elapsed;
        await Execute(connection, SeedSql.MoveContacts, ct);
        await Execute(connection, SeedSql.MoveMembers, ct);
        var moved = clock.Elapsed - staged;
        await using (var owner = new NpgsqlConnection(database.OwnerConnectionString))
        {
            await owner.OpenAsync(ct);
            await Execute(owner, "VACUUM (ANALYZE) contacts, contact_groups, contact_group_members", ct);
        }
        var vacuumed = clock.Elapsed - staged - moved;
        var rows = tenants.Sum(tenant => tenant.Contacts.Count);
        var members = tenants.Sum(tenant => tenant.GroupSizes.Sum());
        BenchFigure[] figures =
        [
            new("seed", $"{BenchFormat.Count(rows)} contacts, {BenchFormat.Count(members)} memberships: generate + COPY to staging (s)", BenchFormat.Seconds(staged)),
            new("seed", "INSERT ... SELECT into contacts and contact_group_members (s)", BenchFormat.Seconds(moved)),
            new("seed", "VACUUM (ANALYZE) (s)", BenchFormat.Seconds(vacuumed)),
        ];
        return (tenants, figures);
    }

    private static async Task<SeededTenant> StageTenantAsync(NpgsqlConnection connection, SeedContactFactory factory, SeedPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        var adminId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT id FROM users WHERE tenant_id = @TenantId AND role = 'client_admin' ORDER BY created_at LIMIT 1",
            new { plan.TenantId }, cancellationToken: ct));
        var groupIds = plan.GroupNames.Select(_ => Guid.CreateVersion7(now)).ToArray();
        await connection.ExecuteAsync(new CommandDefinition(SeedSql.InsertGroup, plan.GroupNames.Select((name, i) => new
        {
            plan.TenantId,
            Id = groupIds[i],
            Name = name,
            Colour = GroupColours.Palette[i % GroupColours.Palette.Count],
            CreatedBy = adminId,
            Now = now,
        }), cancellationToken: ct));
        var contacts = Enumerable.Range(0, plan.Contacts).Select(i => factory.Create(plan.TenantId, adminId, i)).ToList();
        var members = Memberships(factory.Random, contacts, groupIds);
        await SeedCopy.ContactsAsync(connection, contacts, ct);
        await SeedCopy.MembersAsync(connection, plan.TenantId, members, adminId, now, ct);
        var sizes = groupIds.Select(id => members.Count(member => member.GroupId == id)).ToArray();
        return new SeededTenant(plan.TenantId, contacts, groupIds, sizes);
    }

    /// <summary>About 35% of contacts in one group and 10% in two; the first groups are the largest.</summary>
    private static List<(Guid GroupId, Guid ContactId)> Memberships(Random random, IReadOnlyList<SeedContact> contacts, Guid[] groupIds)
    {
        var members = new List<(Guid, Guid)>();
        foreach (var contact in contacts)
        {
            var roll = random.NextDouble();
            var count = roll < 0.10 ? 2 : roll < 0.45 ? 1 : 0;
            var chosen = new HashSet<Guid>();
            while (chosen.Count < Math.Min(count, groupIds.Length))
            {
                chosen.Add(groupIds[WeightedIndex(random, groupIds.Length)]);
            }
            members.AddRange(chosen.Select(group => (group, contact.Id)));
        }
        return members;
    }

    private static int WeightedIndex(Random random, int count)
    {
        var weights = GroupWeights.Take(count).ToArray();
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, commandTimeout: 600, cancellationToken: ct));
}
