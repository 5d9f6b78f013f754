using System.Net;
using System.Net.Http.Headers;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>
/// <c>GET|PUT /api/me/notifications</c> (and the same resource at <c>/api/settings/notifications</c>): each user's own
/// preferences, with the seeds' defaults until saved, validated, versioned, and for tenant users only.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class NotificationPreferencesTests(VoiceApiFixture api)
{
    [Theory]
    [InlineData("/api/me/notifications")]
    [InlineData("/api/settings/notifications")]
    public async Task Get_NeverSaved_IsTheSeedsDefaults(string route)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.GetAsync(route);
        var body = await response.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("failed_only", false, true, true), (body.Str("callCompletion"), body.GetProperty("confirmationAlerts").GetBoolean(),
            body.GetProperty("cancellationAlerts").GetBoolean(), body.GetProperty("integrationAlerts").GetBoolean()));
        Assert.Equal((false, "09:00"), (body.GetProperty("dailySummary").GetProperty("enabled").GetBoolean(), body.GetProperty("dailySummary").Str("time")));
        var weekly = body.GetProperty("weeklyReport");
        Assert.Equal((false, "monday", "09:00"), (weekly.GetProperty("enabled").GetBoolean(), weekly.Str("day"), weekly.Str("time")));
        var quiet = body.GetProperty("quietHours");
        Assert.Equal((true, "22:00", "08:00"), (quiet.GetProperty("enabled").GetBoolean(), quiet.Str("start"), quiet.Str("end")));
        Assert.Equal((true, true), (body.GetProperty("channels").GetProperty("inApp").GetBoolean(), body.GetProperty("channels").GetProperty("email").GetBoolean()));
        Assert.Equal(("Europe/London", 0), (body.Str("timeZone"), body.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Put_SavesTheUsersOwnPreferences_VersionedWithAStaleVersionRefused()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var changed = NotificationApi.Preferences(body =>
        {
            body["callCompletion"] = "all_outcomes";
            body.Set("weeklyReport", "enabled", true);
            body.Set("weeklyReport", "day", "friday");
            body.Set("quietHours", "start", "21:30");
        });

        var saved = await staff.SavePreferencesAsync(changed);
        var again = await staff.Client.SendAsync(Put("/api/settings/notifications", changed, "\"1\""));
        var stale = await staff.Client.SendAsync(Put("/api/me/notifications", changed, "\"1\""));
        var read = await (await staff.Client.GetAsync("/api/me/notifications")).ReadAsync();
        var adminsOwn = await (await t.Client.GetAsync("/api/me/notifications")).ReadAsync();

        Assert.Equal(("all_outcomes", 1), (saved.Str("callCompletion"), saved.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("\"2\"", again.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(("friday", "21:30", 2), (read.GetProperty("weeklyReport").Str("day"), read.GetProperty("quietHours").Str("start"), read.GetProperty("version").GetInt32()));
        Assert.Equal(("failed_only", 0), (adminsOwn.Str("callCompletion"), adminsOwn.GetProperty("version").GetInt32()));
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"callCompletion":"failed_only","confirmationAlerts":false,"cancellationAlerts":true,"integrationAlerts":true,"dailySummary":{"enabled":true,"time":"9am"},"weeklyReport":{"enabled":false,"day":"monday","time":"09:00"},"quietHours":{"enabled":true,"start":"22:00","end":"08:00"},"channels":{"inApp":true,"email":true}}""", "dailySummary.time" },
        { """{"callCompletion":"failed_only","confirmationAlerts":false,"cancellationAlerts":true,"integrationAlerts":true,"dailySummary":{"enabled":true,"time":"09:00"},"weeklyReport":{"enabled":false,"day":"monday","time":"24:00"},"quietHours":{"enabled":true,"start":"22:00","end":"08:00"},"channels":{"inApp":true,"email":true}}""", "weeklyReport.time" },
        { """{"callCompletion":"failed_only","confirmationAlerts":false,"cancellationAlerts":true,"integrationAlerts":true,"dailySummary":{"enabled":true,"time":"09:00"},"weeklyReport":{"enabled":false,"day":"monday","time":"09:00"},"quietHours":{"enabled":true,"start":"22:00","end":"22:00"},"channels":{"inApp":true,"email":true}}""", "quietHours.end" },
        { """{"callCompletion":"failed_only","confirmationAlerts":false,"cancellationAlerts":true,"integrationAlerts":true,"dailySummary":{"enabled":true,"time":"09:00"},"weeklyReport":{"enabled":false,"day":"monday","time":"09:00"},"quietHours":{"enabled":true,"start":"22:00","end":"08:00"}}""", "channels" },
        { """{"callCompletion":"failed_only","confirmationAlerts":false,"cancellationAlerts":true,"integrationAlerts":true,"dailySummary":{"enabled":true},"weeklyReport":{"enabled":false,"day":"monday","time":"09:00"},"quietHours":{"enabled":true,"start":"22:00","end":"08:00"},"channels":{"inApp":true,"email":true}}""", "dailySummary.time" },
        { """{"confirmationAlerts":false,"cancellationAlerts":true,"integrationAlerts":true,"dailySummary":{"enabled":true,"time":"09:00"},"weeklyReport":{"enabled":false,"day":"monday","time":"09:00"},"quietHours":{"enabled":true,"start":"22:00","end":"08:00"},"channels":{"inApp":true,"email":true}}""", "callCompletion" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Put_InvalidShape_Is400NamingTheField_AndChangesNothing(string json, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/me/notifications")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        });
        var after = await (await t.Client.GetAsync("/api/me/notifications")).ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
        Assert.Equal(0, after.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("callCompletion", "sometimes")]
    [InlineData("surprise", true)]
    public async Task Put_UnknownValueOrField_Is400(string field, object value)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendJsonAsync(HttpMethod.Put, "/api/me/notifications", NotificationApi.Preferences(body => body[field] = value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Routes_SuperAdminHasNoFeedOrPreferences_403_AndAnonymous_401()
    {
        var root = await api.SuperAdminAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await root.Client.GetAsync("/api/me/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await root.Client.GetAsync("/api/me/notifications/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync("/api/me/notifications")).StatusCode);
    }

    private static HttpRequestMessage Put(string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return request;
    }
}
