using System.Globalization;
using Dapper;
using Npgsql;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Where the database sessions of the bench are while a scenario runs: samples <c>pg_stat_activity</c> of the bench
/// database every 50 ms on a connection of its own (from the app's pool) and counts each non-idle session by state (running, waiting on a
/// lock or I/O, idle in transaction: waiting for the client) and statement.
/// </summary>
public sealed class ActivitySampler : IAsyncDisposable
{
    private const string Sample = StatementProfile.Marker + """
        SELECT CASE WHEN state = 'active' AND wait_event_type IS NULL THEN 'running'
                    WHEN state = 'active' THEN 'waiting ' || wait_event_type || '/' || wait_event
                    ELSE 'idle in transaction' END,
               left(regexp_replace(query, '\s+', ' ', 'g'), 56)
        FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle', 'disabled')
        """;
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);

    private readonly Dictionary<(string State, string Query), int> _counts = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _sessions;

    public ActivitySampler(NpgsqlDataSource dataSource) => _loop = LoopAsync(dataSource, _stop.Token);

    /// <summary>The <paramref name="top"/> most frequent (state, statement) pairs as a share of all sampled sessions.</summary>
    public async Task<IReadOnlyList<BenchFigure>> StopAsync(string scenario, int top)
    {
        await DisposeAsync();
        var total = Math.Max(1, _sessions);
        return _counts.OrderByDescending(count => count.Value).Take(top)
            .Select(count => new BenchFigure(scenario, $"sessions: {count.Key.State}: {count.Key.Query}",
                (100.0 * count.Value / total).ToString("0.0", CultureInfo.InvariantCulture) + " %"))
            .ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }
        await _loop;
    }

    private async Task LoopAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                foreach (var row in await connection.QueryAsync<(string State, string Query)>(new CommandDefinition(Sample, cancellationToken: ct)))
                {
                    _counts[row] = _counts.GetValueOrDefault(row) + 1;
                    _sessions++;
                }
                await Task.Delay(Every, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
