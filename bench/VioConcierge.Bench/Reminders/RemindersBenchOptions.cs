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

    /// <summary><c>Work:StartAhead</c> in seconds; null leaves the app's default.</summary>
    public int? StartAheadSeconds { get; init; }

    /// <summary>The app settings this run overrides: <c>Work:StartAhead</c> when <c>--start-ahead</c> was given.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings => StartAheadSeconds is { } seconds
        ? new Dictionary<string, string?> { ["Work:StartAhead"] = TimeSpan.FromSeconds(seconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture) }
        : new Dictionary<string, string?>();

    private static readonly Dictionary<string, BenchOption<RemindersBenchOptions>> Options = new()
    {
        ["--tenants"] = new(1, 1_000, (options, n) => options with { Tenants = n }),
        ["--timers"] = new(100, 200_000, (options, n) => options with { Timers = n }),
        ["--per-minute"] = new(10, 20_000, (options, n) => options with { PerMinute = n }),
        ["--minutes"] = new(1, 10, (options, n) => options with { Minutes = n }),
        ["--start-ahead"] = new(0, 3_600, (options, n) => options with { StartAheadSeconds = n }),
    };

    /// <summary>Applies <paramref name="option"/> when it is a reminders option (see <see cref="BenchOption{T}.TryApply"/>).</summary>
    public static bool TryApply(RemindersBenchOptions current, string option, string value, out RemindersBenchOptions updated, out string? problem) =>
        BenchOption<RemindersBenchOptions>.TryApply(Options, current, option, value, out updated, out problem);
}
