using VioConcierge.Application.Identity;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Integrations;

namespace VioConcierge.Functions.Endpoints;

/// <summary>
/// A tenant's calendar integrations, <c>{provider}</c> = <c>calcom</c> | <c>calendly</c> (client admins:
/// ConfigureIntegrations; any other segment is 404). Settings with write-only secrets shown masked, the integration's
/// webhook URL and sync status; a connection test that reports each check and stores nothing.
/// </summary>
public static class CalendarSettingsEndpoints
{
    public static IEndpointRouteBuilder MapCalendarSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings/integrations").WithTags("Settings");
        group.MapGet("/{provider}", GetCalendarAsync).RequirePermission(Permission.ConfigureIntegrations).Produces<CalendarSettingsResponse>().ReturnsETag();
        group.MapPut("/{provider}", PutCalendarAsync).RequirePermission(Permission.ConfigureIntegrations).Produces<CalendarSettingsResponse>().ReturnsETag();
        group.MapPost("/{provider}/test", TestCalendarAsync).RequirePermission(Permission.ConfigureIntegrations).Produces<CalendarTestResponse>();
        return app;
    }

    public static async Task<IResult> GetCalendarAsync(
        string provider, CurrentUser me, CalendarSettingsService service, CalendarWebhookUrl webhookUrl, HttpContext context, CancellationToken ct)
    {
        if (!CalendarProviders.TryParse(provider, out var known))
        {
            return ApiProblems.NotFound("Integration");
        }
        var settings = await service.GetAsync(me.TenantId!.Value, known, ct);
        context.Response.Headers.ETag = ExpectedVersion.ETag(settings.Version);
        return TypedResults.Ok(WithUrl(settings, known, webhookUrl, context.Request));
    }

    public static async Task<IResult> PutCalendarAsync(
        string provider, CalendarSettingsRequest request, CurrentUser me, CalendarSettingsService service, CalendarWebhookUrl webhookUrl,
        HttpContext context, CancellationToken ct)
    {
        if (!CalendarProviders.TryParse(provider, out var known))
        {
            return ApiProblems.NotFound("Integration");
        }
        var errors = new FieldErrors();
        var expected = context.Request.Headers.IfMatch.Count > 0 || request.Version is not null
            ? ExpectedVersion.Read(context, request.Version is 0 ? null : request.Version, errors)
            : null;
        var result = await service.SaveAsync(me, known, request, expected, errors, ct);
        if (result.Value is { } saved)
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(saved.Version);
        }
        return result.ToHttp(saved => TypedResults.Ok(WithUrl(saved, known, webhookUrl, context.Request)), "Settings");
    }

    public static async Task<IResult> TestCalendarAsync(string provider, CurrentUser me, ICalendarConnectionTest test, CancellationToken ct) =>
        CalendarProviders.TryParse(provider, out var known)
            ? TypedResults.Ok(await test.RunAsync(me.TenantId!.Value, known, ct))
            : ApiProblems.NotFound("Integration");

    private static CalendarSettingsResponse WithUrl(
        CalendarSettingsResponse settings, CalendarProvider provider, CalendarWebhookUrl webhookUrl, HttpRequest request) =>
        settings.IntegrationId is { } id ? settings with { WebhookUrl = webhookUrl.For(provider, id, request) } : settings;
}
