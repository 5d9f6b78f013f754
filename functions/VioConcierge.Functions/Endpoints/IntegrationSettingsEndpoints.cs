using VioConcierge.Application.Identity;
using VioConcierge.Application.Integrations;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>
/// A tenant's provider integrations (client admins: ConfigureIntegrations). Retell: agent, caller id and an optional
/// own API key, which is write-only and shown masked; a connection test reports each check.
/// </summary>
public static class IntegrationSettingsEndpoints
{
    public static IEndpointRouteBuilder MapIntegrationSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings/integrations").WithTags("Settings");
        group.MapGet("/retell", GetRetellAsync).RequirePermission(Permission.ConfigureIntegrations).Produces<RetellSettingsResponse>().ReturnsETag();
        group.MapPut("/retell", PutRetellAsync).RequirePermission(Permission.ConfigureIntegrations).Produces<RetellSettingsResponse>().ReturnsETag();
        group.MapPost("/retell/test", TestRetellAsync).RequirePermission(Permission.ConfigureIntegrations).Produces<RetellTestResponse>();
        return app;
    }

    public static async Task<IResult> GetRetellAsync(CurrentUser me, RetellSettingsService retell, HttpContext context, CancellationToken ct)
    {
        var settings = await retell.GetAsync(me.TenantId!.Value, ct);
        context.Response.Headers.ETag = ExpectedVersion.ETag(settings.Version);
        return TypedResults.Ok(settings);
    }

    public static async Task<IResult> PutRetellAsync(
        RetellSettingsRequest request, CurrentUser me, RetellSettingsService retell, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = context.Request.Headers.IfMatch.Count > 0 || request.Version is not null
            ? ExpectedVersion.Read(context, request.Version is 0 ? null : request.Version, errors)
            : null;
        var result = await retell.SaveAsync(me, request, expected, errors, ct);
        if (result.Value is { } saved)
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(saved.Version);
        }
        return result.ToHttp(TypedResults.Ok, "Settings");
    }

    public static async Task<IResult> TestRetellAsync(CurrentUser me, IRetellConnectionTest test, CancellationToken ct) =>
        TypedResults.Ok(await test.RunAsync(me.TenantId!.Value, ct));
}
