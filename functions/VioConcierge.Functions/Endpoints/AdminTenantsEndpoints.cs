using Microsoft.AspNetCore.Http.HttpResults;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Tenants;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Tenants;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Super-admin tenant onboarding and lifecycle.</summary>
public static class AdminTenantsEndpoints
{
    public const int JustificationMinLength = 20;
    public const int JustificationMaxLength = 500;

    public static IEndpointRouteBuilder MapAdminTenantsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/tenants").WithTags("Admin: tenants").RequirePermission(Permission.ManageTenants);
        group.MapPost("", CreateTenantAsync);
        group.MapGet("", ListTenantsAsync);
        group.MapGet("/{tenantId:guid}", GetTenantAsync);
        group.MapPost("/{tenantId:guid}/status", ChangeStatusAsync);
        return app;
    }

    public static async Task<Results<Created<CreatedTenantResponse>, ValidationProblem, ProblemHttpResult>> CreateTenantAsync(
        CreateTenantRequest request, CurrentUser actor, TenantService tenants, CancellationToken ct)
    {
        var parsed = NewTenant.Create(request.Name, request.BusinessType, request.Timezone,
            request.Admin?.FullName, request.Admin?.Email, request.Admin?.JobTitle, request.Admin?.Password);
        if (request.Admin is null || !parsed.IsValid)
        {
            var errors = parsed.Errors ?? new FieldErrors();
            return ApiProblems.Validation(request.Admin is null ? errors.Add("admin", "Give the tenant's first client admin (fullName and email).") : errors);
        }
        var (created, failure) = await tenants.CreateAsync(parsed.Value!, actor, ct);
        return failure switch
        {
            TenantService.Failure.NameTaken => ApiProblems.Conflict("A business with this name already exists on the platform."),
            TenantService.Failure.EmailTaken => ApiProblems.Conflict("This email address is already used by another account."),
            _ => TypedResults.Created($"/api/admin/tenants/{created!.Tenant.Id}", created),
        };
    }

    public static async Task<Results<Ok<Page<TenantResponse>>, ValidationProblem>> ListTenantsAsync(
        TenantService tenants, CancellationToken ct, string? status = null, string? q = null, int? limit = null, string? cursor = null)
    {
        var errors = new FieldErrors().AddIf(status is not null && !TenantStatus.IsValid(status), "status",
            $"Status must be one of: {string.Join(", ", TenantStatus.All)}.");
        if (!Paging.TryRead(limit, cursor, errors, out var pageSize, out var after))
        {
            return ApiProblems.Validation(errors);
        }
        var page = await tenants.ListAsync(status, q, pageSize, after, ct);
        return TypedResults.Ok(new Page<TenantResponse>(page.Items.Select(TenantResponse.From).ToArray(), page.NextCursor, page.Total));
    }

    public static async Task<Results<Ok<TenantResponse>, ProblemHttpResult>> GetTenantAsync(Guid tenantId, TenantService tenants, CancellationToken ct) =>
        await tenants.GetAsync(tenantId, ct) is { } tenant ? TypedResults.Ok(TenantResponse.From(tenant)) : ApiProblems.NotFound("Tenant");

    public static async Task<Results<Ok<TenantResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid tenantId, ChangeTenantStatusRequest request, CurrentUser actor, TenantService tenants, CancellationToken ct)
    {
        var justification = request.Justification?.Trim() ?? "";
        var errors = new FieldErrors()
            .AddIf(!TenantStatus.IsValid(request.NewStatus), "newStatus", $"Status must be one of: {string.Join(", ", TenantStatus.All)}.")
            .AddIf(justification.Length is < JustificationMinLength or > JustificationMaxLength, "justification",
                $"A justification of {JustificationMinLength} to {JustificationMaxLength} characters is required.");
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        if (request.NewStatus == TenantStatus.Terminated)
        {
            var existing = await tenants.GetAsync(tenantId, ct);
            if (existing is null)
            {
                return ApiProblems.NotFound("Tenant");
            }
            if (!string.Equals(request.Confirmation?.Trim(), existing.Name, StringComparison.Ordinal))
            {
                return ApiProblems.Validation("confirmation", "Type the tenant's exact name to confirm termination.");
            }
        }
        var (tenant, failure) = await tenants.ChangeStatusAsync(tenantId, request.NewStatus!, justification, actor, ct);
        return failure switch
        {
            TenantService.Failure.NotFound => ApiProblems.NotFound("Tenant"),
            TenantService.Failure.InvalidTransition => ApiProblems.Conflict(TransitionRefused(tenant!.Status, request.NewStatus!)),
            _ => TypedResults.Ok(TenantResponse.From(tenant!)),
        };
    }

    private static string TransitionRefused(string from, string to)
    {
        var allowed = TenantStatus.NextFrom(from);
        return $"A tenant cannot move from {from} to {to}; allowed: {(allowed.Count > 0 ? string.Join(", ", allowed) : "none")}.";
    }
}
