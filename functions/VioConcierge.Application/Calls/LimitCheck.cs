namespace VioConcierge.Application.Calls;

/// <summary>A slot was taken, or not: then the reason code and the earliest time a slot may be free.</summary>
public sealed record LimitCheck(bool Allowed, string? Reason = null, DateTimeOffset? RetryAt = null)
{
    public static LimitCheck Ok { get; } = new(true);

    public static LimitCheck Limited(string reason, DateTimeOffset retryAt) => new(false, reason, retryAt);
}
