namespace VioConcierge.Bench;

/// <summary>One row of the results table.</summary>
public sealed record BenchFigure(string Scenario, string Measure, string Value);
