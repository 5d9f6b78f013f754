namespace VioConcierge.Functions.Tests.Support;

public sealed record CreatedTenant(Guid TenantId, string Name, Guid AdminId, string AdminEmail, string AdminPassword);
