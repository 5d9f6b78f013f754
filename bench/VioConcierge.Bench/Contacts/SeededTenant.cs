namespace VioConcierge.Bench.Contacts;

/// <summary>A tenant after seeding: its contacts (as written) and groups, with each group's member count.</summary>
public sealed record SeededTenant(Guid TenantId, IReadOnlyList<SeedContact> Contacts, IReadOnlyList<Guid> GroupIds, IReadOnlyList<int> GroupSizes);
