using System.Net;
using VioConcierge.Application.UserSettings;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.UserSettings;

/// <summary>What the per-user settings refuse (unknown keys, bad values, oversize bodies) and how session state expires.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserSettingsGuardTests(ApiFixture api)
{
    [Theory]
    [InlineData(UserSettingsTests.Dashboard, """{"defaultView":"weird","refreshSeconds":45,"widgetVisibility":{"bogus":true},"widgetLayout":[{"widget":"keyMetrics","x":10,"y":0,"width":4,"height":2},{"widget":"keyMetrics","x":0,"y":100,"width":1,"height":13}]}""",
        "defaultView,refreshSeconds,widgetVisibility.bogus,widgetLayout[0].width,widgetLayout[1].widget,widgetLayout[1].y,widgetLayout[1].height")]
    [InlineData(UserSettingsTests.Dashboard, """{"widgetLayout":[{"widget":"keyMetrics","x":0,"y":0,"width":1,"height":1,"z":3}]}""", "widgetLayout[0].z")]
    [InlineData(UserSettingsTests.Preferences, """{"theme":"neon","language":"xx-XX","timeFormat":"13h","itemsPerPage":7,"fontSize":"huge","primaryColour":"#000000"}""",
        "theme,language,timeFormat,itemsPerPage,fontSize,primaryColour")]
    [InlineData(UserSettingsTests.Preferences, """{"fontColour":"red"}""", "fontColour")]
    [InlineData(UserSettingsTests.SessionState, """{"currentContext":{"page":"kitchen","contactFilters":{"hack":"x","status":null}},"uiState":{"openPanels":["Bad Panel"],"viewModes":{"contacts":"3d","attic":"grid"}}}""",
        "currentContext.page,currentContext.contactFilters.hack,currentContext.contactFilters.status,uiState.openPanels,uiState.viewModes.contacts,uiState.viewModes.attic")]
    [InlineData(UserSettingsTests.SessionState, """{"uiState":{"openPanels":null}}""", "uiState.openPanels")]
    public async Task Put_UnknownKeysOrValues_Is400NamingEach_AndNothingIsSaved(string url, string body, string fields)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.All(fields.Split(','), field => Assert.NotEmpty(problem.Errors(field)));
        Assert.Null((await t.Client.GetAsync(url)).Headers.ETag);
    }

    [Fact]
    public async Task Put_TooManyOrTooLongValues_Is400_AndAnOversizeBody413()
    {
        var t = await TenantSession.StartAsync(api);
        var panels = Enumerable.Range(0, 21).Select(i => $"panel-{i}").ToArray();

        var tooMany = await UserSettingsTests.PutAsync(t.Client, UserSettingsTests.SessionState, new { uiState = new { openPanels = panels } });
        var tooLong = await UserSettingsTests.PutAsync(t.Client, UserSettingsTests.SessionState, new { currentContext = new { contactFilters = new { q = new string('q', 201) } } });
        var huge = await UserSettingsTests.PutAsync(t.Client, UserSettingsTests.SessionState, new { currentContext = new { contactFilters = new { q = new string('q', 20_000) } } });

        Assert.NotEmpty((await tooMany.ReadAsync()).Errors("uiState.openPanels"));
        Assert.NotEmpty((await tooLong.ReadAsync()).Errors("currentContext.contactFilters.q"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task SessionState_LastsSevenDays_ThenReadsAsDefaults_AndIsPurged()
    {
        var t = await TenantSession.StartAsync(api);
        var savedAt = api.Clock.GetUtcNow();
        var saved = await UserSettingsTests.PutAsync(t.Client, UserSettingsTests.SessionState,
            new { currentContext = new { page = "contacts", contactFilters = new { status = "pending", q = "smith" } }, uiState = new { openPanels = new[] { "filters" }, viewModes = new { contacts = "list" } } });
        await UserSettingsTests.PutAsync(t.Client, UserSettingsTests.Dashboard, new { compactMode = true });
        var expiresAt = (await saved.ReadAsync()).GetProperty("expiresAt").GetDateTimeOffset();

        api.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var before = await (await (await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword)).Client.GetAsync(UserSettingsTests.SessionState)).ReadAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(2));
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var after = await (await admin.Client.GetAsync(UserSettingsTests.SessionState)).ReadAsync();
        var purged = await api.Service<UserSettingsService>().PurgeExpiredAsync(CancellationToken.None);

        Assert.InRange(expiresAt, savedAt.AddDays(7), savedAt.AddDays(7).AddMinutes(1));
        Assert.Equal("contacts", before.GetProperty("currentContext").Str("page"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("currentContext").GetProperty("page").ValueKind);
        Assert.True(purged >= 1);
        string[] kinds;
        await using (var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None))
        {
            kinds = (await uow.QueryAsync<string>("SELECT kind FROM user_settings WHERE user_id = @User", new { User = t.Admin.UserId }, CancellationToken.None)).ToArray();
        }
        Assert.Equal(["dashboard"], kinds);
        Assert.True((await (await admin.Client.GetAsync(UserSettingsTests.Dashboard)).ReadAsync()).GetProperty("compactMode").GetBoolean());
        var again = await UserSettingsTests.PutAsync(admin.Client, UserSettingsTests.SessionState, new { currentContext = new { page = "calls" } });
        Assert.Equal("\"1\"", again.Headers.ETag!.Tag);
    }
}
