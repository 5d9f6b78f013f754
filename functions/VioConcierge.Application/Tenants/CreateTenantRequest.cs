using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Tenants;

/// <summary>POST /api/admin/tenants: the tenant and its first client admin. Without a password one is generated.</summary>
public sealed record CreateTenantRequest([property: Required] string? Name, [property: Required] string? BusinessType, string? Timezone, [property: Required] NewAdminRequest? Admin);


