using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Reminders;

/// <summary>Settings of the orchestrations that decide reminder calls' outcomes (section <c>ReminderCalls</c>).</summary>
public sealed class ReminderCallOptions
{
    public const string SectionName = "ReminderCalls";

    /// <summary>
    /// How many reminder call outcomes an app instance decides in the calls' orchestrations a minute; past that (a
    /// burst), and with 0 (the task hub is degraded), an outcome is applied in its work item without the task hub. The
    /// task hub also times every reminder's call, so outcomes never take more of it than this.
    /// </summary>
    [Range(0, 100_000)]
    public int OrchestratedPerMinute { get; set; } = 60;

    /// <summary>
    /// The longest an outcome waits for its orchestration: one not decided by then (the task hub is busy or away) is
    /// applied by its deadline item (<c>reminders.call-deadline</c>), so no outcome depends on the task hub's pace.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DecideWithin { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a call's orchestration, should its outcome event not come, asks whether its reminder still waits for
    /// one (the outcome check may have timed the attempt out); it ends when not.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan WakeEvery { get; set; } = TimeSpan.FromMinutes(5);
}
