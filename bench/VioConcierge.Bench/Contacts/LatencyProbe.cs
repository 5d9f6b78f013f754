using System.Diagnostics;
using System.Globalization;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Times one kind of request: warm-up requests (not counted; a 404/405 on the first one means the route is not
/// there yet), then <c>requests</c> one after another, then optionally the same number spread over several clients
/// at once. Every answer must have the expected status; the first other status stops the scenario as a problem.
/// Each mode stops early, with what it has, after its time budget.
/// </summary>
public sealed class LatencyProbe(BenchApiClient api, ContactsBenchOptions options)
{
    public const int WarmUp = 20;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);
    private int _sequence;

    /// <summary>A number never handed out before, for requests that must differ (unique e-mails, other ids).</summary>
    public int Next() => Interlocked.Increment(ref _sequence);

    public async Task<ProbeOutcome> RunAsync(
        string scenario, double? targetMs, int expectedStatus, bool concurrent, Func<int, HttpRequestMessage> build, CancellationToken ct)
    {
        TimedResponse? first = null;
        for (var i = 0; i < WarmUp; i++)
        {
            var response = await api.SendAsync(build(Next()), ct);
            first ??= response;
            if (i == 0 && response.IsMissingRoute)
            {
                return new ProbeOutcome([LatencyRow.Unavailable(scenario, targetMs, response.Status)], [], response);
            }
            if (response.Status != expectedStatus)
            {
                return new ProbeOutcome([], [Unexpected(scenario, expectedStatus, response)], first);
            }
        }
        var rows = new List<LatencyRow>();
        var problems = new List<string>();
        var sequential = await PhaseAsync(scenario, expectedStatus, 1, build, problems, ct);
        rows.Add(new LatencyRow(scenario, "sequential" + sequential.Note, Samples(sequential.Samples), targetMs));
        if (concurrent && options.Clients > 1 && problems.Count == 0)
        {
            var parallel = await PhaseAsync(scenario, expectedStatus, options.Clients, build, problems, ct);
            var rate = (parallel.Samples.Count / parallel.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
            rows.Add(new LatencyRow(scenario, $"{options.Clients} clients, {rate} req/s{parallel.Note}", Samples(parallel.Samples), null));
        }
        return new ProbeOutcome(rows, problems, first);
    }

    private async Task<(List<double> Samples, TimeSpan Elapsed, string Note)> PhaseAsync(
        string scenario, int expectedStatus, int clients, Func<int, HttpRequestMessage> build, List<string> problems, CancellationToken ct)
    {
        var samples = new List<double>(options.Requests);
        var issued = 0;
        var clock = Stopwatch.StartNew();
        async Task ClientAsync()
        {
            while (Interlocked.Increment(ref issued) <= options.Requests && clock.Elapsed < Budget)
            {
                var response = await api.SendAsync(build(Next()), ct);
                lock (samples)
                {
                    if (response.Status != expectedStatus)
                    {
                        problems.Add(Unexpected(scenario, expectedStatus, response));
                        Interlocked.Exchange(ref issued, int.MaxValue / 2);
                        return;
                    }
                    samples.Add(response.Milliseconds);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => ClientAsync()));
        var note = samples.Count < options.Requests && problems.Count == 0 ? $" (stopped at the {Budget.TotalSeconds:0} s budget)" : "";
        return (samples, clock.Elapsed, note);
    }

    private static Percentiles? Samples(List<double> samples) => samples.Count == 0 ? null : new Percentiles(samples);

    private static string Unexpected(string scenario, int expected, TimedResponse response) =>
        $"{scenario}: expected HTTP {expected}, got {response.Status}: {response.Excerpt()}";
}
