using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Settings;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Tenant settings sections. Compliance: HIPAA mode, level, PHI detection and its action (warn/block).</summary>
public static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings").WithTags("Settings");
        group.MapGet("/compliance", GetComplianceAsync).RequirePermission(Permission.ViewContacts).Produces<ComplianceSettingsResponse>().ReturnsETag();
        group.MapPut("/compliance", PutComplianceAsync).RequirePermission(Permission.ManageComplianceSettings).Produces<ComplianceSettingsResponse>().ReturnsETag();
        return app;
    }

    public static async Task<IResult> GetComplianceAsync(CurrentUser me, ITransactions database, TenantSettings settings, HttpContext context, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var (value, version) = await settings.ComplianceAsync(uow, ct);
        context.Response.Headers.ETag = ExpectedVersion.ETag(Math.Max(version, 0));
        return TypedResults.Ok(ComplianceSettingsResponse.From(value, version));
    }

    public static async Task<IResult> PutComplianceAsync(
        ComplianceSettingsRequest request, CurrentUser me, ITransactions database, TenantSettings settings, ISettingsStore store,
        IAuditLog audit, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .AddIf(request.HipaaMode is null, "hipaaMode", "Required.")
            .AddIf(request.PhiDetection is null, "phiDetection", "Required.");
        var expected = context.Request.Headers.IfMatch.Count > 0 || request.Version is not null ? ExpectedVersion.Read(context, request.Version is 0 ? null : request.Version, errors) : null;
        var next = new ComplianceSettings(request.HipaaMode ?? false, request.ComplianceLevel ?? "", request.PhiDetection ?? false, request.PhiAction ?? "");
        foreach (var (field, messages) in next.Validate().ToDictionary())
        {
            Array.ForEach(messages, message => errors.Add(field, message));
        }
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        await using var uow = await database.BeginForAsync(me, ct);
        var (current, version) = await settings.ComplianceAsync(uow, ct);
        if (expected is { } wanted && wanted != version)
        {
            return ApiProblems.Conflict("The settings were changed elsewhere; reload them and try again.");
        }
        var saved = await store.SaveAsync(uow, ComplianceSettings.Section, next, version, me.UserId, time.GetUtcNow(), ct);
        if (saved is not { } newVersion)
        {
            return ApiProblems.Conflict("The settings were changed elsewhere; reload them and try again.");
        }
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated, "settings",
            ComplianceSettings.Section, new AuditChanges()
                .Change("hipaaMode", current.HipaaMode, next.HipaaMode).Change("complianceLevel", current.ComplianceLevel, next.ComplianceLevel)
                .Change("phiDetection", current.PhiDetection, next.PhiDetection).Change("phiAction", current.PhiAction, next.PhiAction).Build(),
            me.ClientIp), ct);
        await uow.CommitAsync(ct);
        context.Response.Headers.ETag = ExpectedVersion.ETag(newVersion);
        return TypedResults.Ok(ComplianceSettingsResponse.From(next, newVersion));
    }
}
