namespace VioConcierge.Functions.Hosting;

/// <summary>The paging query parameters of every list: how many to return and where the previous page ended.</summary>
public sealed record PageQuery(int? Limit = null, string? Cursor = null);
