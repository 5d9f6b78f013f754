using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Settings;

/// <summary>
/// Call settings (timing, retries, calling window, weekends, holidays, closed dates, minimum lead, voice). PUT replaces
/// the section; If-Match with the version guards lost updates. (The bank holiday region is part of the business profile,
/// <c>Business/BusinessProfileFunctions</c>.)
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

    private static int? IfMatch(HttpContext context, out FieldErrors errors)
    {
        errors = new FieldErrors();
        return context.Request.Headers.IfMatch.Count > 0 ? ExpectedVersion.Read(context, null, errors) : null;
    }

    private static IResult Read<T>(Versioned<T> settings, HttpContext context) => ExpectedVersion.Ok(context, settings.Value, settings.Version);

    private static IResult Saved<T>(Result<Versioned<T>> result, HttpContext context) =>
        result.ToHttp(saved => ExpectedVersion.Ok(context, saved.Value, saved.Version), "Settings");
}
