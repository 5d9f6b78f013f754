using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Settings;

/// <summary>
/// Call settings (timing, retries, calling window, weekends, holidays, closed dates, minimum lead, voice) and business
/// settings (bank holiday region). PUT replaces the section; If-Match with the version guards lost updates.
/// </summary>
[ApiTag("Settings")]
public sealed class CallSettingsFunctions(Caller caller, SettingsService settings)
{
    [Function(nameof(GetCallSettings)), RequirePermission(Permission.ViewContacts), Returns(typeof(CallSettings)), ReturnsETag]
    public async Task<IResult> GetCallSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/calls")] HttpRequest request, CancellationToken ct) =>
        Read(await settings.CallsAsync(caller.User, ct), request.HttpContext);

    [Function(nameof(PutCallSettings)), RequirePermission(Permission.ConfigureCallSettings), JsonBody(typeof(CallSettings)),
     Returns(typeof(CallSettings)), ReturnsETag]
    public async Task<IResult> PutCallSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/calls")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<CallSettings>(ct);
        return Saved(await settings.SaveCallsAsync(caller.User, body, IfMatch(request.HttpContext, out var errors), errors, ct), request.HttpContext);
    }

    [Function(nameof(GetBusinessSettings)), RequirePermission(Permission.ViewContacts), Returns(typeof(BusinessSettings)), ReturnsETag]
    public async Task<IResult> GetBusinessSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/business")] HttpRequest request, CancellationToken ct) =>
        Read(await settings.BusinessAsync(caller.User, ct), request.HttpContext);

    [Function(nameof(PutBusinessSettings)), RequirePermission(Permission.ManageBusinessSettings), JsonBody(typeof(BusinessSettings)),
     Returns(typeof(BusinessSettings)), ReturnsETag]
    public async Task<IResult> PutBusinessSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/business")] HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<BusinessSettings>(ct);
        return Saved(await settings.SaveBusinessAsync(caller.User, body, IfMatch(request.HttpContext, out var errors), errors, ct), request.HttpContext);
    }

    private static int? IfMatch(HttpContext context, out FieldErrors errors)
    {
        errors = new FieldErrors();
        return context.Request.Headers.IfMatch.Count > 0 ? ExpectedVersion.Read(context, null, errors) : null;
    }

    private static IResult Read<T>(Versioned<T> settings, HttpContext context)
    {
        if (settings.Version > 0)
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(settings.Version);
        }
        return TypedResults.Ok(settings.Value);
    }

    private static IResult Saved<T>(Result<Versioned<T>> result, HttpContext context) => result.ToHttp(saved =>
    {
        context.Response.Headers.ETag = ExpectedVersion.ETag(saved.Version);
        return TypedResults.Ok(saved.Value);
    }, "Settings");
}
