using VioConcierge.Application.Identity;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Super-admin tenant onboarding and lifecycle.</summary>
public static class AdminTenantsEndpoints
{
    public static IEndpointRouteBuilder MapAdminTenantsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/tenants").WithTags("Admin: tenants").RequirePermission(Permission.ManageTenants);
        group.MapPost("", CreateTenantAsync).Produces<CreatedTenantResponse>(StatusCodes.Status201Created);
        group.MapGet("", ListTenantsAsync).Produces<Page<TenantResponse>>();
        group.MapGet("/{tenantId:guid}", GetTenantAsync).Produces<TenantResponse>();
        group.MapPost("/{tenantId:guid}/status", ChangeStatusAsync).Produces<TenantResponse>();
        return app;
    }

    public static async Task<IResult> CreateTenantAsync(CreateTenantRequest request, CurrentUser actor, TenantService tenants, CancellationToken ct) =>
        (await tenants.CreateAsync(request, actor, ct)).ToHttp(created => TypedResults.Created($"/api/admin/tenants/{created.Tenant.Id}", created), "Tenant");

    public static async Task<IResult> ListTenantsAsync(
        TenantService tenants, CancellationToken ct, string? status = null, string? q = null, int? limit = null, string? cursor = null) =>
        (await tenants.ListAsync(status, q, limit, cursor, ct)).ToHttp(page => TypedResults.Ok(page), "Tenants");

    public static async Task<IResult> GetTenantAsync(Guid tenantId, TenantService tenants, CancellationToken ct) =>
        (await tenants.GetAsync(tenantId, ct)).ToHttp(tenant => TypedResults.Ok(tenant), "Tenant");

    public static async Task<IResult> ChangeStatusAsync(
        Guid tenantId, ChangeTenantStatusRequest request, CurrentUser actor, TenantService tenants, CancellationToken ct) =>
        (await tenants.ChangeStatusAsync(tenantId, request, actor, ct)).ToHttp(tenant => TypedResults.Ok(tenant), "Tenant");
}
