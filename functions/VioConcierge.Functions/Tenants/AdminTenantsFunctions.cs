using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Tenants;

/// <summary>Super-admin tenant onboarding and lifecycle.</summary>
[ApiTag("Admin: tenants")]
public sealed class AdminTenantsFunctions(Caller caller, TenantService tenants)
{
    [Function(nameof(CreateTenant)), RequirePermission(Permission.ManageTenants), JsonBody(typeof(CreateTenantRequest)),
     Returns(typeof(CreatedTenantResponse), 201)]
    public async Task<IResult> CreateTenant(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/tenants")] HttpRequest request, CancellationToken ct) =>
        (await tenants.CreateAsync(await request.ReadJsonAsync<CreateTenantRequest>(ct), caller.User, ct))
            .ToHttp(created => TypedResults.Created($"/api/admin/tenants/{created.Tenant.Id}", created), "Tenant");

    [Function(nameof(ListTenants)), RequirePermission(Permission.ManageTenants), Query(typeof(TenantListQuery)), Query(typeof(PageQuery)),
     Returns(typeof(Page<TenantResponse>))]
    public async Task<IResult> ListTenants(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/tenants")] HttpRequest request, CancellationToken ct)
    {
        var filter = request.Bind<TenantListQuery>();
        var page = request.Bind<PageQuery>();
        return (await tenants.ListAsync(filter.Status, filter.Q, page.Limit, page.Cursor, ct)).ToHttp(found => TypedResults.Ok(found), "Tenants");
    }

    [Function(nameof(GetTenant)), RequirePermission(Permission.ManageTenants), Returns(typeof(TenantResponse))]
    public async Task<IResult> GetTenant(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/tenants/{tenantId:guid}")] HttpRequest request, Guid tenantId,
        CancellationToken ct) =>
        (await tenants.GetAsync(tenantId, ct)).ToHttp(tenant => TypedResults.Ok(tenant), "Tenant");

    [Function(nameof(ChangeTenantStatus)), RequirePermission(Permission.ManageTenants), JsonBody(typeof(ChangeTenantStatusRequest)),
     Returns(typeof(TenantResponse))]
    public async Task<IResult> ChangeTenantStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/tenants/{tenantId:guid}/status")] HttpRequest request, Guid tenantId,
        CancellationToken ct) =>
        (await tenants.ChangeStatusAsync(tenantId, await request.ReadJsonAsync<ChangeTenantStatusRequest>(ct), caller.User, ct))
            .ToHttp(tenant => TypedResults.Ok(tenant), "Tenant");
}

/// <summary>The tenant list's filters: lifecycle status and a search text (<c>q</c>).</summary>
public sealed record TenantListQuery(string? Status = null, string? Q = null);
