using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Work;

/// <summary>Work queue and dispatcher settings (section <c>Work</c>).</summary>
public sealed class WorkQueueOptions
{
    public const string SectionName = "Work";

    /// <summary>Whether this instance runs the background dispatcher.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    [Range(1, 64)]
    public int Concurrency { get; set; } = 8;

    /// <summary>
    /// The most items one batch handler run takes: a claim adds due items of the same tenant and kind as the ones it
    /// took, up to this many per tenant and kind, when that kind's handler runs batches.
    /// </summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 16;

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);
}
