namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// Sizes of the webhooks run: <c>--sessions</c> call sessions (three events each, plus 5% repeated deliveries) and
/// <c>--senders</c> concurrent senders.
/// </summary>
public sealed record WebhooksBenchOptions
{
    /// <summary>The webhooks run stops by itself after this long, whatever happens.</summary>
    public static readonly TimeSpan OverallLimit = TimeSpan.FromMinutes(15);

    /// <summary>Warm-up sessions (their events are sent first and not timed).</summary>
    public const int WarmUpSessions = 200;

    public int Sessions { get; init; } = 8_000;

    public int Senders { get; init; } = 50;

    private static readonly Dictionary<string, BenchOption<WebhooksBenchOptions>> Options = new()
    {
        ["--sessions"] = new(500, 200_000, (options, n) => options with { Sessions = n }),
        ["--senders"] = new(1, 256, (options, n) => options with { Senders = n }),
    };

    /// <summary>Applies <paramref name="option"/> when it is a webhooks option (see <see cref="BenchOption{T}.TryApply"/>).</summary>
    public static bool TryApply(WebhooksBenchOptions current, string option, string value, out WebhooksBenchOptions updated, out string? problem) =>
        BenchOption<WebhooksBenchOptions>.TryApply(Options, current, option, value, out updated, out problem);
}
