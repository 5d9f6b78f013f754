using System.Net;
using System.Net.Http.Json;
using VioConcierge.Functions.Tests.Business;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.UserSettings;

/// <summary>/api/me/settings/{dashboard|preferences|session-state}: defaults, saves, versions, and whose they are.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserSettingsTests(ApiFixture api)
{
    public const string Dashboard = "/api/me/settings/dashboard";
    public const string Preferences = "/api/me/settings/preferences";
    public const string SessionState = "/api/me/settings/session-state";

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    [Fact]
    public async Task NothingSaved_EachReadsAsItsDefaults()
    {
        var t = await TenantSession.StartAsync(api, "salon");

        var dashboard = await t.Client.GetAsync(Dashboard);
        var preferences = await (await t.Client.GetAsync(Preferences)).ReadAsync();
        var state = await (await t.Client.GetAsync(SessionState)).ReadAsync();

        Assert.Null(dashboard.Headers.ETag);
        var board = await dashboard.ReadAsync();
        Assert.Equal(("overview", 300, 30), (board.Str("defaultView"), board.GetProperty("refreshSeconds").GetInt32(), board.GetProperty("analyticsPeriodDays").GetInt32()));
        var widgets = board.GetProperty("widgetVisibility").EnumerateObject().ToDictionary(w => w.Name, w => w.Value.GetBoolean());
        Assert.Equal(8, widgets.Count);
        Assert.False(widgets["revenueImpact"]);
        Assert.True(widgets["keyMetrics"]);
        Assert.Equal(("light", "en-GB", "DD/MM/YYYY", "24h"), (preferences.Str("theme"), preferences.Str("language"), preferences.Str("dateFormat"), preferences.Str("timeFormat")));
        Assert.Equal((25, "comfortable", "#8B5CF6"), (preferences.GetProperty("itemsPerPage").GetInt32(), preferences.Str("density"), preferences.Str("primaryColour")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, state.GetProperty("currentContext").GetProperty("page").ValueKind);
        Assert.Empty(state.GetProperty("uiState").GetProperty("openPanels").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, state.GetProperty("expiresAt").ValueKind);
    }

    [Fact]
    public async Task Put_IsSavedAndReadBack_LeftOutFieldsTakeTheirDefaults_AndIfMatchGuardsIt()
    {
        var t = await TenantSession.StartAsync(api);

        var saved = await PutAsync(t.Client, Dashboard, new
        {
            defaultView = "calls",
            widgetVisibility = new { insights = false },
            widgetLayout = new[] { new { widget = "keyMetrics", x = 0, y = 0, width = 6, height = 2 }, new { widget = "upcomingCalls", x = 6, y = 0, width = 6, height = 4 } },
        });
        var next = await PutAsync(t.Client, Dashboard, new { defaultView = "contacts", compactMode = true }, "\"1\"");
        var stale = await PutAsync(t.Client, Dashboard, new { defaultView = "analytics" }, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"1\"", saved.Headers.ETag!.Tag);
        var first = await saved.ReadAsync();
        Assert.Equal(("calls", 300), (first.Str("defaultView"), first.GetProperty("refreshSeconds").GetInt32()));
        Assert.False(first.GetProperty("widgetVisibility").GetProperty("insights").GetBoolean());
        Assert.True(first.GetProperty("widgetVisibility").GetProperty("callSuccessRates").GetBoolean());
        Assert.Equal(2, first.GetProperty("widgetLayout").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var read = await t.Client.GetAsync(Dashboard);
        var board = await read.ReadAsync();
        Assert.Equal(("\"2\"", "contacts", true), (read.Headers.ETag!.Tag, board.Str("defaultView"), board.GetProperty("compactMode").GetBoolean()));
        Assert.Equal(0, board.GetProperty("widgetLayout").GetArrayLength());
    }

    [Fact]
    public async Task Preferences_PrimaryColourFollowsTheBusinessType_UntilChosen_AndTheSettingsRouteIsTheSameDocument()
    {
        var t = await TenantSession.StartAsync(api, "salon");

        await t.Client.PatchProfileAsync(new { businessType = "medical" });
        var followed = await (await t.Client.GetAsync("/api/settings/preferences")).ReadAsync();
        var saved = await PutAsync(t.Client, "/api/settings/preferences", new { theme = "dark", timeFormat = "12h", primaryColour = "#F59E0B" });
        var mine = await (await t.Client.GetAsync(Preferences)).ReadAsync();

        Assert.Equal("#10B981", followed.Str("primaryColour"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("dark", "12h", "#F59E0B", "en-GB"), (mine.Str("theme"), mine.Str("timeFormat"), mine.Str("primaryColour"), mine.Str("language")));
    }

    [Fact]
    public async Task EachUser_SeesOnlyTheirOwn_InTheirTenantAndAcrossTenants()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var other = await TenantSession.StartAsync(api);

        await PutAsync(t.Client, Preferences, new { theme = "dark" });
        await PutAsync(t.Client, SessionState, new { currentContext = new { page = "contacts" } });
        var staffSaves = await PutAsync(staff.Client, Preferences, new { theme = "auto" });

        Assert.Equal(HttpStatusCode.OK, staffSaves.StatusCode);
        Assert.Equal("auto", (await (await staff.Client.GetAsync(Preferences)).ReadAsync()).Str("theme"));
        Assert.Equal("dark", (await (await t.Client.GetAsync(Preferences)).ReadAsync()).Str("theme"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await staff.Client.GetAsync(SessionState)).ReadAsync()).GetProperty("currentContext").GetProperty("page").ValueKind);
        Assert.Equal("light", (await (await other.Client.GetAsync(Preferences)).ReadAsync()).Str("theme"));
        Assert.Null((await other.Client.GetAsync(SessionState)).Headers.ETag);
    }

    [Fact]
    public async Task PlatformUsers_HaveNone_403()
    {
        var root = await api.SuperAdminAsync();

        foreach (var url in new[] { Dashboard, Preferences, SessionState, "/api/settings/preferences" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await root.Client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(root.Client, url, new { })).StatusCode);
        }
    }
}
