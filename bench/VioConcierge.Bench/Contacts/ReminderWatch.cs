using System.Diagnostics;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Watches imported contacts through the API until every one has its reminder planned, as a console user opening
/// contact after contact would: <see cref="Clients"/> clients take the contacts in turn, newest first (the end of the
/// file is planned last), and look at each (<see cref="ReminderLook"/>); a client that finds no reminder looks at the
/// same contact again every <see cref="PollEvery"/> until it has one, then moves on. So at most a few requests a
/// second are made while a reminder is awaited, and the planning is not slowed by the watching.
/// A contact counts as planned at the moment the bench first saw it planned if it had seen it unplanned before, and
/// otherwise at the moment the app says it planned it (its timeline line's <c>occurredAt</c>: the contact was planned
/// before the bench first looked, so the look's own time would only measure how long the sweep took to reach it). The
/// latest of these is when every reminder was planned.
/// </summary>
public sealed class ReminderWatch(BenchApiClient api)
{
    public const int Clients = 2;
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Queue<Guid> _fresh = new();
    private readonly Dictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private DateTimeOffset? _allPlannedAt;
    private string _lastPlannedFrom = "-";
    private int _seenUnplanned;
    private int _left;
    private int _requests;

    public async Task<PlanningObservation> WatchAsync(IReadOnlyList<Guid> newestFirst, CancellationToken ct)
    {
        foreach (var id in newestFirst)
        {
            _fresh.Enqueue(id);
        }
        _left = newestFirst.Count;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => LookUntilDoneAsync(ct)));
        var done = _left == 0;
        return new PlanningObservation(done ? _allPlannedAt : null, _seenUnplanned, done ? DateTimeOffset.UtcNow : null, _requests, _statuses,
            done ? null : $"{BenchFormat.Count(_left)} of {BenchFormat.Count(newestFirst.Count)} contacts without a reminder after {Limit.TotalMinutes:0} min")
        {
            LastPlannedFrom = _lastPlannedFrom,
        };
    }

    private async Task LookUntilDoneAsync(CancellationToken ct)
    {
        while (Next() is { } id)
        {
            var look = await LookAsync(id, ct);
            var seenUnplanned = !look.Planned;
            while (!look.Planned && _clock.Elapsed < Limit)
            {
                await Task.Delay(PollEvery, ct);
                look = await LookAsync(id, ct);
            }
            if (!look.Planned)
            {
                return;
            }
            Record(look, seenUnplanned);
        }
    }

    private Guid? Next()
    {
        lock (_gate)
        {
            return _clock.Elapsed < Limit && _fresh.TryDequeue(out var id) ? id : null;
        }
    }

    private Task<ReminderLook> LookAsync(Guid id, CancellationToken ct)
    {
        Interlocked.Increment(ref _requests);
        return ReminderLook.TakeAsync(api, id, ct);
    }

    private void Record(ReminderLook look, bool seenUnplanned)
    {
        lock (_gate)
        {
            _left--;
            _seenUnplanned += seenUnplanned ? 1 : 0;
            var seen = seenUnplanned || look.PlannedAt is null;
            var plannedAt = seen ? look.SeenAt : look.PlannedAt!.Value;
            if (_allPlannedAt is not { } latest || plannedAt > latest)
            {
                (_allPlannedAt, _lastPlannedFrom) = (plannedAt, seen ? "seen" : "stamp");
            }
            _statuses[look.Status ?? "?"] = _statuses.GetValueOrDefault(look.Status ?? "?") + 1;
        }
    }
}
