using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Integrations;

/// <summary>
/// A tenant's calendar integrations, <c>{provider}</c> = <c>calcom</c> | <c>calendly</c> (client admins:
/// ConfigureIntegrations; any other segment is 404). Settings with write-only secrets shown masked, the integration's
/// webhook URL and sync status; a connection test that reports each check and stores nothing.
/// </summary>
[ApiTag("Settings")]
public sealed class CalendarSettingsFunctions(Caller caller, CalendarSettingsService service, ICalendarConnectionTest test, CalendarWebhookUrl webhookUrl)
{
    [Function(nameof(GetCalendarSettings)), RequirePermission(Permission.ConfigureIntegrations), Returns(typeof(CalendarSettingsResponse)), ReturnsETag]
    public async Task<IResult> GetCalendarSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/integrations/{provider}")] HttpRequest request, string provider,
        CancellationToken ct)
    {
        if (!CalendarProviders.TryParse(provider, out var known))
        {
            return ApiProblems.NotFound("Integration");
        }
        var settings = await service.GetAsync(caller.User.TenantId!.Value, known, ct);
        request.HttpContext.Response.Headers.ETag = ExpectedVersion.ETag(settings.Version);
        return TypedResults.Ok(WithUrl(settings, known, request));
    }

    [Function(nameof(SaveCalendarSettings)), RequirePermission(Permission.ConfigureIntegrations), JsonBody(typeof(CalendarSettingsRequest)),
     Returns(typeof(CalendarSettingsResponse)), ReturnsETag]
    public async Task<IResult> SaveCalendarSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/integrations/{provider}")] HttpRequest request, string provider,
        CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<CalendarSettingsRequest>(ct);
        if (!CalendarProviders.TryParse(provider, out var known))
        {
            return ApiProblems.NotFound("Integration");
        }
        var context = request.HttpContext;
        var errors = new FieldErrors();
        var expected = context.Request.Headers.IfMatch.Count > 0 || body.Version is not null
            ? ExpectedVersion.Read(context, body.Version is 0 ? null : body.Version, errors)
            : null;
        return (await service.SaveAsync(caller.User, known, body, expected, errors, ct))
            .ToHttp(saved => ExpectedVersion.Ok(context, WithUrl(saved, known, request), saved.Version), "Settings");
    }

    [Function(nameof(TestCalendarConnection)), RequirePermission(Permission.ConfigureIntegrations), Returns(typeof(CalendarTestResponse))]
    public async Task<IResult> TestCalendarConnection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/settings/integrations/{provider}/test")] HttpRequest request, string provider,
        CancellationToken ct) =>
        CalendarProviders.TryParse(provider, out var known)
            ? TypedResults.Ok(await test.RunAsync(caller.User.TenantId!.Value, known, ct))
            : ApiProblems.NotFound("Integration");

    private CalendarSettingsResponse WithUrl(CalendarSettingsResponse settings, CalendarProvider provider, HttpRequest request) =>
        settings.IntegrationId is { } id ? settings with { WebhookUrl = webhookUrl.For(provider, id, request) } : settings;
}
