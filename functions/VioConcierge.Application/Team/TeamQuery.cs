namespace VioConcierge.Application.Team;

/// <summary>A checked team list request: filters, the sort column and its direction.</summary>
public sealed record TeamQuery(string? Status, string? Role, string? Search, string Sort, bool Descending);
