namespace VioConcierge.Infrastructure.Contacts;

public sealed record ContactStats(IReadOnlyDictionary<string, long> ByStatus, long Total, long CreatedLast24Hours);
