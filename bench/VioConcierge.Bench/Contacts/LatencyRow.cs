using VioConcierge.Core.Abstractions;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// One row of the latency table: a scenario in one mode, its samples (null when it could not run) and its p95
/// target (null: shown for information only).
/// </summary>
public sealed record LatencyRow(string Scenario, string Mode, Percentiles? Samples, double? TargetMs, string? Note = null)
{
    public const string NotAvailable = "not available yet";

    public static LatencyRow Unavailable(string scenario, double? targetMs, int status) =>
        new(scenario, "-", null, targetMs, $"{NotAvailable} (HTTP {status})");

    /// <summary>PASS/FAIL against the target, "info" without one, or the note when nothing was measured.</summary>
    public string Result => Samples is null
        ? Note ?? "not run"
        : TargetMs is not { } target ? "info" : Samples.At(95) <= target ? "PASS" : "FAIL";

    public bool Failed => Result == "FAIL";
}
