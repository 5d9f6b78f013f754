using VioConcierge.Application.Work;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>Moves the due time of the earliest pending timer items, as if their planned moment had come.</summary>
public static class DueTimers
{
    /// <summary>
    /// The <paramref name="count"/> earliest pending timers become due at <paramref name="first"/> plus
    /// <paramref name="spacing"/> times their rank (0, 1, 2, ...). Returns how many were moved.
    /// </summary>
    public static async Task<int> MoveAsync(Database database, int count, DateTimeOffset first, TimeSpan spacing, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var moved = await uow.ExecuteAsync("""
            UPDATE work_items w SET due_at = @First + @Spacing * (n.rank - 1), updated_at = @First
            FROM (SELECT id, row_number() OVER (ORDER BY due_at, id) AS rank FROM work_items
                  WHERE kind = @Kind AND status = 'pending' ORDER BY due_at, id LIMIT @Count) n
            WHERE w.id = n.id
            """, new { First = first, Spacing = spacing, Kind = WorkKinds.Timer, Count = count }, ct);
        await uow.CommitAsync(ct);
        return moved;
    }

    /// <summary>Reminders still scheduled (each has one pending timer).</summary>
    public static async Task<int> ScheduledAsync(Database database, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return (int)await uow.QuerySingleAsync<long>("SELECT count(*) FROM reminders WHERE status = 'scheduled'", null, ct);
    }
}
