namespace VioConcierge.Bench.Contacts;

/// <summary>What a probe measured (one row per mode), what went wrong, and the first answer (for its totals).</summary>
public sealed record ProbeOutcome(IReadOnlyList<LatencyRow> Rows, IReadOnlyList<string> Problems, TimedResponse? First);
