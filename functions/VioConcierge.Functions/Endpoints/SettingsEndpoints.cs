using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

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

    public static async Task<IResult> GetComplianceAsync(CurrentUser me, SettingsService settings, HttpContext context, CancellationToken ct)
    {
        var (value, version) = await settings.ComplianceAsync(me, ct);
        context.Response.Headers.ETag = ExpectedVersion.ETag(Math.Max(version, 0));
        return TypedResults.Ok(ComplianceSettingsResponse.From(value, version));
    }

    public static async Task<IResult> PutComplianceAsync(
        ComplianceSettingsRequest request, CurrentUser me, SettingsService settings, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .AddIf(request.HipaaMode is null, "hipaaMode", "Required.")
            .AddIf(request.PhiDetection is null, "phiDetection", "Required.");
        var expected = context.Request.Headers.IfMatch.Count > 0 || request.Version is not null ? ExpectedVersion.Read(context, request.Version is 0 ? null : request.Version, errors) : null;
        var next = new ComplianceSettings(request.HipaaMode ?? false, request.ComplianceLevel ?? "", request.PhiDetection ?? false, request.PhiAction ?? "");
        return (await settings.SaveComplianceAsync(me, next, expected, errors, ct)).ToHttp(saved =>
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(saved.Version);
            return TypedResults.Ok(ComplianceSettingsResponse.From(saved.Value, saved.Version));
        }, "Settings");
    }
}
