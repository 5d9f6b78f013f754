using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Calls;

/// <summary>Automatic tenant pause on a high call failure rate (section <c>AutoPause</c>; seed 002 defaults).</summary>
public sealed class AutoPauseOptions
{
    public const string SectionName = "AutoPause";

    public bool Enabled { get; set; } = true;

    [Range(0.2, 0.8)]
    public double FailureRate { get; set; } = 0.4;

    [Range(5, 1000)]
    public int MinimumCalls { get; set; } = 20;
}
