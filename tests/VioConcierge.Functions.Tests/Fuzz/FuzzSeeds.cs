namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>Ids of real resources of the fuzzed tenant and of another tenant, so requests reach stored rows.</summary>
public sealed record FuzzSeeds(
    Guid TenantId, Guid ContactId, Guid GroupId, Guid CalcomIntegrationId, string CalcomSecret,
    Guid OtherTenantId, Guid OtherContactId, Guid OtherGroupId);
