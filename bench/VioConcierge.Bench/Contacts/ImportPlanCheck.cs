using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The SQL cross-check of an import's planning, after the API said every reminder was planned (not part of the
/// measurement): how many of the run's contacts have a reminder, and how many of those are scheduled with a call time
/// and the pending timer item of their current timer (<c>reminder:{id}:timer:{seq}</c>); and when the last reminder
/// was created (the app's clock, stamped in the planning transaction before it commits).
/// </summary>
public static class ImportPlanCheck
{
    public static async Task<ImportPlanCounts> CountAsync(Database database, string run, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<ImportPlanCounts>("""
            SELECT count(*) AS contacts, count(r.id) AS reminders,
                   count(*) FILTER (WHERE r.status = 'scheduled' AND r.next_call_at IS NOT NULL AND EXISTS (
                       SELECT 1 FROM work_items w
                       WHERE w.dedupe_key = 'reminder:' || r.id || ':timer:' || r.timer_seq AND w.status = 'pending')) AS scheduled_with_timer,
                   max(r.created_at) AS last_created_at
            FROM contacts c LEFT JOIN reminders r ON r.tenant_id = c.tenant_id AND r.contact_id = c.id
            WHERE c.email LIKE @Pattern
            """, new { Pattern = $"import.{run}.%" }, ct);
    }
}

/// <summary>An import's contacts, their reminders, those scheduled with their timer, and when the last reminder was created.</summary>
public sealed record ImportPlanCounts(long Contacts, long Reminders, long ScheduledWithTimer, DateTimeOffset? LastCreatedAt)
{
    public bool AllPlanned => Reminders == Contacts && ScheduledWithTimer == Contacts;

    public override string ToString() =>
        $"{BenchFormat.Count(Contacts)} contacts, {BenchFormat.Count(Reminders)} reminders, {BenchFormat.Count(ScheduledWithTimer)} scheduled with their timer";
}
