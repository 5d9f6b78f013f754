using System.Diagnostics;
using Dapper;
using Npgsql;
using VioConcierge.Bench.Contacts;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// <paramref name="tenants"/> tenants (medical practices in London with default call settings, so each gets the
/// medical defaults) and their pending contacts, <c>count</c> in all, spread evenly and interleaved in time, each with
/// an appointment from <see cref="AppointmentSlots"/> and a call 24 h before. Written with SQL as the application
/// role in platform scope (the tables FORCE row-level security), through the contacts bench's staging tables and
/// binary COPY; names, phones and the other columns come from its <see cref="SeedContactFactory"/>. Ends with
/// <c>VACUUM (ANALYZE)</c> as the owner.
/// </summary>
public static class ReminderSeeder
{
    private const int Seed = 20_261_121;

    public static async Task<(IReadOnlyList<SeededTenant> Tenants, BenchFigure Figure)> SeedAsync(
        BenchDatabase database, int tenants, int count, DateTimeOffset now, CallingPolicy policy, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "SELECT set_config('app.scope', 'platform', false)", null, ct);
        var tenantIds = Enumerable.Range(0, tenants).Select(_ => Guid.CreateVersion7(now)).ToArray();
        await ExecuteAsync(connection, """
            INSERT INTO tenants (id, name, business_type, timezone, status, created_at, updated_at)
            VALUES (@Id, @Name, 'medical', 'Europe/London', 'active', @Now, @Now)
            """, tenantIds.Select((id, i) => new { Id = id, Name = $"Bench Practice {i + 1}", Now = now }), ct);
        var factory = new SeedContactFactory(Seed, now);
        var slots = new AppointmentSlots(new Random(Seed), now, policy);
        var contacts = Enumerable.Range(0, count).Select(i => Pending(factory.Create(tenantIds[i % tenants], null, i), slots.Next())).ToList();
        await ExecuteAsync(connection, SeedSql.CreateStaging, null, ct);
        await SeedCopy.ContactsAsync(connection, contacts, ct);
        await ExecuteAsync(connection, SeedSql.MoveContacts + "; DROP TABLE seed_members", null, ct);
        await database.VacuumAnalyzeAsync(ct);
        var figure = new BenchFigure("seed", $"{BenchFormat.Count(count)} pending contacts in {tenants} tenants: generate, COPY, move, vacuum (s)",
            BenchFormat.Seconds(clock.Elapsed));
        var seeded = tenantIds.Select(id => new SeededTenant(id, contacts.Where(contact => contact.TenantId == id).ToArray(), [], [])).ToArray();
        return (seeded, figure);
    }

    private static SeedContact Pending(SeedContact contact, DateTimeOffset appointment) => contact with
    {
        AppointmentAt = appointment,
        CallBeforeHours = 24,
        CallDueAt = appointment.AddHours(-24),
        Status = "pending",
        CallAttempts = 0,
        LastContactAt = null,
        UpdatedAt = contact.CreatedAt,
    };

    private static Task ExecuteAsync(NpgsqlConnection connection, string sql, object? args, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, args, commandTimeout: 600, cancellationToken: ct));
}
