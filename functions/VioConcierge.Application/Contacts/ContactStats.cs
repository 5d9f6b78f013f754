namespace VioConcierge.Application.Contacts;

public sealed record ContactStats(IReadOnlyDictionary<string, long> ByStatus, long Total, long CreatedLast24Hours);
