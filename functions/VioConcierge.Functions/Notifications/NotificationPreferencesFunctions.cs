using VioConcierge.Application.Notifications;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Notifications;

/// <summary>
/// The signed-in user's notification preferences, at <c>/api/me/notifications</c> and, as the API contract also lists
/// it, <c>/api/settings/notifications</c> (the same resource: notification settings are per user). PUT replaces them
/// all; If-Match or <c>version</c> guards lost updates. Tenant users only (a super admin has no feed).
/// </summary>
[ApiTag("Notifications")]
public sealed class NotificationPreferencesFunctions(Caller caller, NotificationPreferencesService preferences)
{
    [Function(nameof(GetNotificationPreferences)), RequirePermission(Permission.ViewCallResults), Returns(typeof(NotificationPreferencesResponse)),
     ReturnsETag]
    public Task<IResult> GetNotificationPreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me/notifications")] HttpRequest request, CancellationToken ct) =>
        GetAsync(request, ct);

    [Function(nameof(PutNotificationPreferences)), RequirePermission(Permission.ViewCallResults), JsonBody(typeof(NotificationPreferencesRequest)),
     Returns(typeof(NotificationPreferencesResponse)), ReturnsETag]
    public Task<IResult> PutNotificationPreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/me/notifications")] HttpRequest request, CancellationToken ct) =>
        PutAsync(request, ct);

    [Function(nameof(GetNotificationSettings)), RequirePermission(Permission.ViewCallResults), Returns(typeof(NotificationPreferencesResponse)),
     ReturnsETag]
    public Task<IResult> GetNotificationSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/notifications")] HttpRequest request, CancellationToken ct) =>
        GetAsync(request, ct);

    [Function(nameof(PutNotificationSettings)), RequirePermission(Permission.ViewCallResults), JsonBody(typeof(NotificationPreferencesRequest)),
     Returns(typeof(NotificationPreferencesResponse)), ReturnsETag]
    public Task<IResult> PutNotificationSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/notifications")] HttpRequest request, CancellationToken ct) =>
        PutAsync(request, ct);

    private async Task<IResult> GetAsync(HttpRequest request, CancellationToken ct) =>
        Answer(await preferences.GetAsync(caller.User, ct), request.HttpContext);

    private async Task<IResult> PutAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<NotificationPreferencesRequest>(ct);
        var errors = new FieldErrors();
        var context = request.HttpContext;
        var expected = context.Request.Headers.IfMatch.Count > 0 || body.Version is not null
            ? ExpectedVersion.Read(context, body.Version is 0 ? null : body.Version, errors)
            : null;
        var value = NotificationPreferencesInput.Parse(body, errors);
        return Answer(await preferences.SaveAsync(caller.User, value, expected, errors, ct), context);
    }

    private static IResult Answer(Result<NotificationPreferencesResponse> result, HttpContext context) =>
        result.ToHttp(saved => ExpectedVersion.Ok(context, saved, saved.Version), "Notification preferences");
}
