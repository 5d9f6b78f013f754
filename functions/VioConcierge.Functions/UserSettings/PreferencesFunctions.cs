using VioConcierge.Application.UserSettings;
using VioConcierge.Core.UserSettings;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.UserSettings;

/// <summary>
/// <c>/api/settings/preferences</c>, the route the API design lists among the settings: the caller's own app
/// preferences, exactly as <c>/api/me/settings/preferences</c> (preferences are per user, not per business).
/// </summary>
[ApiTag("Settings")]
public sealed class PreferencesFunctions(Caller caller, UserSettingsService settings)
{
    [Function(nameof(GetPreferences)), FullAccess, Returns(typeof(AppPreferences)), ReturnsETag]
    public async Task<IResult> GetPreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/settings/preferences")] HttpRequest request, CancellationToken ct) =>
        MySettingsFunctions.Answer(await settings.PreferencesAsync(caller.User, ct), request);

    [Function(nameof(PutPreferences)), FullAccess, BodyLimit(MySettingsFunctions.MaxBodyBytes), JsonBody(typeof(AppPreferences)),
     Returns(typeof(AppPreferences)), ReturnsETag]
    public Task<IResult> PutPreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/settings/preferences")] HttpRequest request, CancellationToken ct) =>
        MySettingsFunctions.SaveAsync<AppPreferences>(request, (body, expected) => settings.SavePreferencesAsync(caller.User, body, expected, ct), ct);
}
