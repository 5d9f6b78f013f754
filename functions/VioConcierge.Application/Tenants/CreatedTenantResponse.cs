using VioConcierge.Application.Identity;


namespace VioConcierge.Application.Tenants;

/// <summary>The new tenant and its admin; <see cref="GeneratedPassword"/> is returned once, only when generated.</summary>
public sealed record CreatedTenantResponse(TenantResponse Tenant, UserSummary Admin, string? GeneratedPassword);
