namespace VioConcierge.Bench.Contacts;

/// <summary>What to seed into one tenant: how many contacts, and the names of its groups (largest first).</summary>
public sealed record SeedPlan(Guid TenantId, int Contacts, IReadOnlyList<string> GroupNames);
