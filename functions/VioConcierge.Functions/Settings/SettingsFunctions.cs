using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Settings;

/// <summary>Tenant settings sections. Compliance: HIPAA mode, level, PHI detection and its action (warn/block).</summary>
[ApiTag("Settings")]
public sealed class SettingsFunctions(Caller caller, SettingsService settings)
{
    [Function(nameof(GetComplianceSettings)), RequirePermission(Permission.ViewContacts), Returns(typeof(ComplianceSettingsResponse)), ReturnsETag]
    public async Task<IResult> GetComplianceSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/compliance")] HttpRequest request, CancellationToken ct)
    {
        var (value, version) = await settings.ComplianceAsync(caller.User, ct);
        request.HttpContext.Response.Headers.ETag = ExpectedVersion.ETag(Math.Max(version, 0));
        return TypedResults.Ok(ComplianceSettingsResponse.From(value, version));
    }

    [Function(nameof(PutComplianceSettings)), RequirePermission(Permission.ManageComplianceSettings), JsonBody(typeof(ComplianceSettingsRequest)),
     Returns(typeof(ComplianceSettingsResponse)), ReturnsETag]
    public async Task<IResult> PutComplianceSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/compliance")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<ComplianceSettingsRequest>(ct);
        var context = request.HttpContext;
        var errors = new FieldErrors()
            .AddIf(body.HipaaMode is null, "hipaaMode", "Required.")
            .AddIf(body.PhiDetection is null, "phiDetection", "Required.");
        var expected = context.Request.Headers.IfMatch.Count > 0 || body.Version is not null ? ExpectedVersion.Read(context, body.Version is 0 ? null : body.Version, errors) : null;
        var next = new ComplianceSettings(body.HipaaMode ?? false, body.ComplianceLevel ?? "", body.PhiDetection ?? false, body.PhiAction ?? "");
        return (await settings.SaveComplianceAsync(caller.User, next, expected, errors, ct)).ToHttp(
            saved => ExpectedVersion.Ok(context, ComplianceSettingsResponse.From(saved.Value, saved.Version), saved.Version), "Settings");
    }
}
