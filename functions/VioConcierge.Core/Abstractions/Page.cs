namespace VioConcierge.Core.Abstractions;

/// <summary>One page of a keyset-paged list: the items, the cursor for the next page, and the total.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, long Total);
