namespace VioConcierge.Functions.Tenants;

/// <summary>POST /api/admin/tenants: the tenant and its first client admin. Without a password one is generated.</summary>
public sealed record CreateTenantRequest(string? Name, string? BusinessType, string? Timezone, NewAdminRequest? Admin);


