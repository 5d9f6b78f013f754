using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// After a dispatch (everything touched since <c>started</c>): no call session dialled twice and no item failed;
/// when it drained, also every timer and placement item done after one attempt, one placed session per timer, each
/// dialled by the port, and the reminders in <c>calling</c>. (Stopped before draining, the in-flight items stay
/// <c>running</c> and the counts cannot match.)
/// </summary>
public static class DispatchCheck
{
    public static async Task<ScenarioResult> RunAsync(Database database, NoopVoiceProvider voice, int expected, DateTimeOffset started, bool drained, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var items = (await uow.QueryAsync<(string Kind, string Status, int MaxAttempts, long Count)>("""
            SELECT kind, status, max(attempts), count(*) FROM work_items
            WHERE kind IN (@Timer, @Place) AND status <> 'pending' AND updated_at >= @Started GROUP BY 1, 2 ORDER BY 1, 2
            """, new { Timer = WorkKinds.Timer, Place = WorkKinds.PlaceCall, Started = started }, ct)).ToArray();
        var sessions = await uow.QuerySingleAsync<(long Placed, long Ringing)>(
            "SELECT count(*), count(*) FILTER (WHERE status = 'ringing') FROM call_sessions WHERE placed_at >= @Started", new { Started = started }, ct);
        var calling = await uow.QuerySingleAsync<long>(
            "SELECT count(*) FROM reminders WHERE status = 'calling' AND call_placed_at >= @Started", new { Started = started }, ct);

        var problems = new List<string>();
        var twice = voice.Placements.Where(placement => placement.Value > 1).ToArray();
        if (twice.Length > 0)
        {
            problems.Add($"dispatch: {twice.Length} call sessions dialled more than once, e.g. {string.Join(", ", twice.Take(3).Select(p => p.Key))}");
        }
        var done = items.Where(item => item.Status == "done" && item.MaxAttempts == 1).ToArray();
        var failed = items.Where(item => item.Status == "dead" || (item.Status == "done" && item.MaxAttempts > 1)).ToArray();
        if (failed.Length > 0 || (drained && (done.Length != 2 || done.Any(item => item.Count != expected) || items.Length != 2)))
        {
            problems.Add("dispatch: items not done once each: " + string.Join(", ", items.Select(i => $"{i.Kind} {i.Status} (max attempts {i.MaxAttempts}) {i.Count}")));
        }
        if (drained && (voice.Placements.Count != expected || sessions.Placed != expected || sessions.Ringing != expected || calling != expected))
        {
            problems.Add($"dispatch: expected {expected} of each: sessions dialled {voice.Placements.Count}, placed {sessions.Placed}, "
                + $"ringing {sessions.Ringing}, reminders calling {calling}");
        }
        BenchFigure[] figures =
        [
            new("dispatch", "sessions placed (SQL) / distinct sessions dialled (port)", $"{BenchFormat.Count(sessions.Placed)} / {BenchFormat.Count(voice.Placements.Count)}"),
            new("dispatch", "call sessions dialled more than once", BenchFormat.Count(twice.Length)),
        ];
        return new ScenarioResult(figures, problems);
    }
}
