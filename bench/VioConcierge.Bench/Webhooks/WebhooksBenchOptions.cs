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

    /// <summary>Applies <paramref name="option"/> when it is one of ours (see <c>ContactsBenchOptions.TryApply</c>).</summary>
    public static bool TryApply(WebhooksBenchOptions current, string option, string value, out WebhooksBenchOptions updated, out string? problem)
    {
        (updated, problem) = (current, null);
        var (min, max) = option switch
        {
            "--sessions" => (500, 200_000),
            "--senders" => (1, 256),
            _ => (-1, -1),
        };
        if (min < 0)
        {
            return false;
        }
        if (BenchOptionNumber.Parse(option, value, (min, max), out problem) is not { } number)
        {
            return true;
        }
        updated = option == "--sessions" ? current with { Sessions = number } : current with { Senders = number };
        return true;
    }
}
