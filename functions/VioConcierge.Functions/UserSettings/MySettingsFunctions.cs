using VioConcierge.Application.Settings;
using VioConcierge.Application.UserSettings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.UserSettings;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.UserSettings;

/// <summary>
/// The signed-in user's own settings: dashboard, app preferences, session state (7 days). No user id in the route:
/// each user reads and writes only their own. PUT replaces the document (omitted fields take their defaults); If-Match
/// guards lost updates; bodies over 16 KB are refused (413). Platform users have none (403).
/// </summary>
[ApiTag("Me")]
public sealed class MySettingsFunctions(Caller caller, UserSettingsService settings)
{
    public const int MaxBodyBytes = 16 * 1024;

    [Function(nameof(GetMyDashboard)), FullAccess, Returns(typeof(DashboardSettings)), ReturnsETag]
    public async Task<IResult> GetMyDashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me/settings/dashboard")] HttpRequest request, CancellationToken ct) =>
        Answer(await settings.DashboardAsync(caller.User, ct), request);

    [Function(nameof(PutMyDashboard)), FullAccess, BodyLimit(MaxBodyBytes), JsonBody(typeof(DashboardSettings)), Returns(typeof(DashboardSettings)), ReturnsETag]
    public Task<IResult> PutMyDashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/me/settings/dashboard")] HttpRequest request, CancellationToken ct) =>
        SaveAsync<DashboardSettings>(request, (body, expected) => settings.SaveDashboardAsync(caller.User, body, expected, ct), ct);

    [Function(nameof(GetMyPreferences)), FullAccess, Returns(typeof(AppPreferences)), ReturnsETag]
    public async Task<IResult> GetMyPreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me/settings/preferences")] HttpRequest request, CancellationToken ct) =>
        Answer(await settings.PreferencesAsync(caller.User, ct), request);

    [Function(nameof(PutMyPreferences)), FullAccess, BodyLimit(MaxBodyBytes), JsonBody(typeof(AppPreferences)), Returns(typeof(AppPreferences)), ReturnsETag]
    public Task<IResult> PutMyPreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/me/settings/preferences")] HttpRequest request, CancellationToken ct) =>
        SaveAsync<AppPreferences>(request, (body, expected) => settings.SavePreferencesAsync(caller.User, body, expected, ct), ct);

    [Function(nameof(GetMySessionState)), FullAccess, Returns(typeof(SessionState)), ReturnsETag]
    public async Task<IResult> GetMySessionState(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me/settings/session-state")] HttpRequest request, CancellationToken ct) =>
        Answer(await settings.SessionStateAsync(caller.User, ct), request);

    [Function(nameof(PutMySessionState)), FullAccess, BodyLimit(MaxBodyBytes), JsonBody(typeof(SessionState)), Returns(typeof(SessionState)), ReturnsETag]
    public Task<IResult> PutMySessionState(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/me/settings/session-state")] HttpRequest request, CancellationToken ct) =>
        SaveAsync<SessionState>(request, (body, expected) => settings.SaveSessionStateAsync(caller.User, body, expected, ct), ct);

    /// <summary>Reads the body and If-Match, saves, and answers the saved document with its ETag.</summary>
    public static async Task<IResult> SaveAsync<T>(HttpRequest request, Func<T, int?, Task<Result<Versioned<T>>>> save, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<T>(ct);
        return await ExpectedVersion.CheckedAsync(request, null, async expected => Answer(await save(body, expected), request));
    }

    public static IResult Answer<T>(Result<Versioned<T>> result, HttpRequest request) =>
        result.ToHttp(found => ExpectedVersion.Ok(request.HttpContext, found.Value, found.Version), "Settings");
}
