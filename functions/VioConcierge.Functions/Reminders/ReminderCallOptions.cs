using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Reminders;

/// <summary>Settings of the orchestrations that wait for reminder calls' outcomes (section <c>ReminderCalls</c>).</summary>
public sealed class ReminderCallOptions
{
    public const string SectionName = "ReminderCalls";

    /// <summary>
    /// How often a call's orchestration, waiting for the outcome, asks whether its reminder still waits for one (the
    /// outcome check may have timed the attempt out); it ends when not. Its history stays a few events long per wake.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan WakeEvery { get; set; } = TimeSpan.FromMinutes(5);
}
