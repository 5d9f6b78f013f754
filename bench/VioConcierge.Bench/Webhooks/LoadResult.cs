namespace VioConcierge.Bench.Webhooks;

/// <summary>What a load step measured: requests, wall time, latency percentiles (ms) and the failed requests.</summary>
public sealed record LoadResult(int Requests, TimeSpan Elapsed, Percentiles Latency, IReadOnlyList<string> Errors)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}
