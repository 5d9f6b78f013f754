namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Sizes of the reminders run: <c>--contacts</c> (shared with the contacts set) pending contacts spread evenly over
/// <c>--tenants</c> tenants; <c>--timers</c> timers made due at once for the dispatch throughput; the lag run's
/// <c>--per-minute</c> due calls for <c>--minutes</c> minutes.
/// </summary>
public sealed record RemindersBenchOptions
{
    /// <summary>The reminders run stops by itself after this long, whatever happens.</summary>
    public static readonly TimeSpan OverallLimit = TimeSpan.FromMinutes(30);

    public int Tenants { get; init; } = 20;

    public int Timers { get; init; } = 20_000;

    public int PerMinute { get; init; } = 1_000;

    public int Minutes { get; init; } = 3;

    /// <summary>Calls the dispatch left live that then end unanswered, for the outcomes scenario (0 skips it).</summary>
    public int Outcomes { get; init; } = 500;

    /// <summary><c>ReminderCalls:OrchestratedPerMinute</c>: outcomes decided in the calls' orchestrations a minute; null leaves the app's default.</summary>
    public int? OutcomeOrchestrations { get; init; }

    /// <summary><c>Work:StartAhead</c> in seconds; null leaves the app's default.</summary>
    public int? StartAheadSeconds { get; init; }

    /// <summary><c>Work:MaxWaitingOrchestrations</c>; null leaves the app's default.</summary>
    public int? MaxWaitingOrchestrations { get; init; }

    /// <summary>The app settings this run overrides: those of <c>--start-ahead</c> and <c>--max-waiting</c> when given, and <c>--outcome-orchestrations</c>.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings
    {
        get
        {
            var settings = new Dictionary<string, string?>();
            if (StartAheadSeconds is { } seconds)
            {
                settings["Work:StartAhead"] = TimeSpan.FromSeconds(seconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
            }
            if (OutcomeOrchestrations is { } perMinute)
            {
                settings["ReminderCalls:OrchestratedPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (MaxWaitingOrchestrations is { } waiting)
            {
                settings["Work:MaxWaitingOrchestrations"] = waiting.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return settings;
        }
    }

    private static readonly Dictionary<string, BenchOption<RemindersBenchOptions>> Options = new()
    {
        ["--tenants"] = new(1, 1_000, (options, n) => options with { Tenants = n }),
        ["--timers"] = new(100, 200_000, (options, n) => options with { Timers = n }),
        ["--per-minute"] = new(10, 20_000, (options, n) => options with { PerMinute = n }),
        ["--minutes"] = new(1, 10, (options, n) => options with { Minutes = n }),
        ["--start-ahead"] = new(0, 3_600, (options, n) => options with { StartAheadSeconds = n }),
        ["--max-waiting"] = new(0, 100_000, (options, n) => options with { MaxWaitingOrchestrations = n }),
        ["--outcomes"] = new(0, 50_000, (options, n) => options with { Outcomes = n }),
        ["--outcome-orchestrations"] = new(0, 100_000, (options, n) => options with { OutcomeOrchestrations = n }),
    };

    /// <summary>Applies <paramref name="option"/> when it is a reminders option (see <see cref="BenchOption{T}.TryApply"/>).</summary>
    public static bool TryApply(RemindersBenchOptions current, string option, string value, out RemindersBenchOptions updated, out string? problem) =>
        BenchOption<RemindersBenchOptions>.TryApply(Options, current, option, value, out updated, out problem);
}
