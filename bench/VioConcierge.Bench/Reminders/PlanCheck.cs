using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// After the plan: every contact has a reminder, <c>scheduled</c> or <c>done</c> with a reason; every scheduled one
/// has exactly one pending timer item whose sequence and due time match the reminder; no other reminder has one;
/// every sync item ran once.
/// </summary>
public static class PlanCheck
{
    private const string Timers = """
        WITH timers AS (
            SELECT (payload->>'contactId')::uuid AS contact_id, count(*) AS n, max((payload->>'seq')::int) AS seq, max(due_at) AS due_at
            FROM work_items WHERE kind = 'reminders.timer' AND status = 'pending' GROUP BY 1)
        SELECT count(*) FILTER (WHERE r.status = 'scheduled' AND t.n = 1 AND t.seq = r.timer_seq AND t.due_at = r.next_call_at) AS Matched,
               count(*) FILTER (WHERE r.status = 'scheduled' AND NOT coalesce(t.n = 1 AND t.seq = r.timer_seq AND t.due_at = r.next_call_at, false)) AS Wrong,
               count(*) FILTER (WHERE r.status <> 'scheduled' AND t.n IS NOT NULL) AS Unexpected,
               count(*) FILTER (WHERE r.id IS NULL) AS Orphans
        FROM reminders r FULL JOIN timers t ON t.contact_id = r.contact_id
        """;

    public static async Task<(ScenarioResult Result, long Reminders)> RunAsync(Database database, int contacts, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var states = (await uow.QueryAsync<(string Status, string Reason, long Count)>(
            "SELECT status, coalesce(done_reason, ''), count(*) FROM reminders GROUP BY 1, 2 ORDER BY 3 DESC", null, ct)).ToArray();
        var timers = await uow.QuerySingleAsync<(long Matched, long Wrong, long Unexpected, long Orphans)>(Timers, null, ct);
        var syncs = await uow.QuerySingleAsync<(long Done, long Other)>(
            "SELECT count(*) FILTER (WHERE status = 'done' AND attempts = 1), count(*) FILTER (WHERE status <> 'done' OR attempts <> 1) FROM work_items WHERE kind = 'reminders.sync'",
            null, ct);
        var codes = await uow.QueryAsync<(string Code, long Count)>("SELECT code, count(*) FROM call_timeline GROUP BY 1 ORDER BY 2 DESC", null, ct);

        var problems = new List<string>();
        var total = states.Sum(state => state.Count);
        var bad = states.Where(state => state.Status != "scheduled" && !(state.Status == "done" && state.Reason.Length > 0)).ToArray();
        if (total != contacts || bad.Length > 0)
        {
            problems.Add($"plan: {BenchFormat.Count(total)} reminders for {BenchFormat.Count(contacts)} contacts; unexpected states: "
                + string.Join(", ", bad.Select(state => $"{state.Status}/{state.Reason}={state.Count}")));
        }
        if (timers.Wrong > 0 || timers.Unexpected > 0 || timers.Orphans > 0)
        {
            problems.Add($"plan: {timers.Wrong} scheduled reminders without exactly one matching pending timer, "
                + $"{timers.Unexpected} timers of reminders not scheduled, {timers.Orphans} timers without a reminder");
        }
        if (syncs.Other > 0)
        {
            problems.Add($"plan: {syncs.Other} sync items not done after exactly one attempt");
        }
        BenchFigure[] figures =
        [
            new("plan", "reminders by status", string.Join(", ", states.Select(state =>
                $"{state.Status}{(state.Reason.Length > 0 ? "/" + state.Reason : "")} {BenchFormat.Count(state.Count)}"))),
            new("plan", "scheduled with exactly one matching pending timer", BenchFormat.Count(timers.Matched)),
            new("plan", "timeline lines written", string.Join(", ", codes.Select(code => $"{code.Code} {BenchFormat.Count(code.Count)}"))),
        ];
        return (new ScenarioResult(figures, problems), total);
    }
}
