using VioConcierge.Application.Integrations;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Integrations;

/// <summary>
/// A tenant's provider integrations (client admins: ConfigureIntegrations). Retell: agent, caller id and an optional
/// own API key, which is write-only and shown masked; a connection test reports each check.
/// </summary>
[ApiTag("Settings")]
public sealed class IntegrationSettingsFunctions(Caller caller, RetellSettingsService retell, IRetellConnectionTest test)
{
    [Function(nameof(GetRetellSettings)), RequirePermission(Permission.ConfigureIntegrations), Returns(typeof(RetellSettingsResponse)), ReturnsETag]
    public async Task<IResult> GetRetellSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/integrations/retell")] HttpRequest request, CancellationToken ct)
    {
        var settings = await retell.GetAsync(caller.User.TenantId!.Value, ct);
        request.HttpContext.Response.Headers.ETag = ExpectedVersion.ETag(settings.Version);
        return TypedResults.Ok(settings);
    }

    [Function(nameof(SaveRetellSettings)), RequirePermission(Permission.ConfigureIntegrations), JsonBody(typeof(RetellSettingsRequest)),
     Returns(typeof(RetellSettingsResponse)), ReturnsETag]
    public async Task<IResult> SaveRetellSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/integrations/retell")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<RetellSettingsRequest>(ct);
        var context = request.HttpContext;
        var errors = new FieldErrors();
        var expected = context.Request.Headers.IfMatch.Count > 0 || body.Version is not null
            ? ExpectedVersion.Read(context, body.Version is 0 ? null : body.Version, errors)
            : null;
        return (await retell.SaveAsync(caller.User, body, expected, errors, ct))
            .ToHttp(saved => ExpectedVersion.Ok(context, saved, saved.Version), "Settings");
    }

    [Function(nameof(TestRetellConnection)), RequirePermission(Permission.ConfigureIntegrations), Returns(typeof(RetellTestResponse))]
    public async Task<IResult> TestRetellConnection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/settings/integrations/retell/test")] HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await test.RunAsync(caller.User.TenantId!.Value, ct));
}
