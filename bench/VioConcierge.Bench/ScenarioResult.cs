namespace VioConcierge.Bench;

/// <summary>What a scenario measured, and anything that went wrong (a non-empty list fails the run).</summary>
public sealed record ScenarioResult(IReadOnlyList<BenchFigure> Figures, IReadOnlyList<string> Problems);
