namespace VioConcierge.Core.Abstractions;

/// <summary>Time-ordered identifiers (UUID v7) so new rows land at the end of their indexes.</summary>
public static class Ids
{
    public static Guid New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow());
}
