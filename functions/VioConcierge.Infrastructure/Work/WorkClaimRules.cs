namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// What a claim takes: more items of a tenant for kinds run in batches, at most <see cref="AheadMax"/> items of
/// <see cref="AheadKinds"/> up to <see cref="Ahead"/> before they are due, and nothing of <see cref="LeftOut"/>.
/// </summary>
public sealed record WorkClaimRules(IReadOnlyCollection<string> BatchKinds)
{
    public IReadOnlyCollection<string> AheadKinds { get; init; } = [];

    public TimeSpan Ahead { get; init; }

    public int AheadMax { get; init; }

    public IReadOnlyCollection<string> LeftOut { get; init; } = [];
}
