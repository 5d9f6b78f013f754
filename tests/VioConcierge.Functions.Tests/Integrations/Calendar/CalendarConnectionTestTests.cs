using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Integrations.Calendar.CalendarSetup;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class CalendarConnectionTestTests(CalendarApiFixture api)
{
    private const string CalComMe = """{"status":"success","data":{"id":7,"username":"desk","email":"Desk@Example.org","name":"Example Clinic","timeZone":"Europe/London"}}""";
    private const string CalendlyMe = """{"resource":{"uri":"https://api.calendly.com/users/AAAA","email":"desk@example.org","name":"Example Clinic"}}""";

    private const string CalendlyEventType = """{"resource":{"uri":"https://api.calendly.com/event_types/AAAAAAAAAAAAAAAA","name":"30 Minute Meeting"}}""";

    [Fact]
    public async Task CalCom_KeyAccepted_EmailMatches_EventTypeFound_PassesEveryCheck_AndStoresNothing()
    {
        api.Stub.Reset();
        api.Stub.Answer = request => request.Path switch
        {
            "/v2/me" => new StubAnswer(200, CalComMe),
            "/v2/event-types/42" => new StubAnswer(200, """{"status":"success","data":{"id":42,"title":"Consultation","lengthInMinutes":30}}"""),
            _ => null,
        };
        var t = await TenantSession.StartAsync(api);
        await t.EnableCalComAsync(42);

        var result = await TestAsync(t, "calcom");

        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Equal(["key:passed", "organizerEmail:passed", "eventType:42:passed"], Checks(result));
        Assert.All(api.Stub.Requests, request => Assert.Equal(("GET", $"Bearer {CalComKey}"), (request.Method, request.Authorization)));
        Assert.Equal(["/v2/me", "/v2/event-types/42"], api.Stub.Requests.Select(r => r.Path));
        Assert.Equal("2024-06-14", api.Stub.Requests.Single(r => r.Path == "/v2/event-types/42").ApiVersion);
        Assert.DoesNotContain(CalComKey, result.GetRawText());
        Assert.Equal(1, (await t.GetOkAsync("calcom")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task CalCom_KeyOfAnotherAccount_AndAMissingEventType_FailThoseChecks()
    {
        api.Stub.Reset();
        api.Stub.Answer = request => request.Path switch
        {
            "/v2/me" => new StubAnswer(200, CalComMe.Replace("Desk@Example.org", "someone@else.example", StringComparison.Ordinal)),
            "/v2/event-types/42" => new StubAnswer(200, """{"status":"success","data":{"id":42}}"""),
            _ => new StubAnswer(404, """{"status":"error","error":{"code":"NotFoundException"}}"""),
        };
        var t = await TenantSession.StartAsync(api);
        await t.EnableCalComAsync(42, 99);

        var result = await TestAsync(t, "calcom");

        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal(["key:passed", "organizerEmail:failed", "eventType:42:passed", "eventType:99:failed"], Checks(result));
        Assert.DoesNotContain("someone@else.example", result.GetRawText());
    }

    [Theory]
    [InlineData(401, "failed", "refused the key (401)")]
    [InlineData(403, "failed", "(403)")]
    [InlineData(404, "error", "check the configured base URL")]
    [InlineData(429, "error", "limiting requests (429)")]
    [InlineData(503, "error", "server error (503)")]
    [InlineData(0, "error", "did not answer in time")]
    public async Task ProviderErrors_AreToldApart_AndTheDependentChecksAreSkipped(int status, string expected, string detail)
    {
        api.Stub.Reset();
        api.Stub.Answer = _ => status == 0
            ? new StubAnswer(200, CalComMe, Delay: TimeSpan.FromSeconds(10))
            : new StubAnswer(status, """{"message":"no"}""");
        var t = await TenantSession.StartAsync(api);
        await t.EnableCalComAsync(42);

        var result = await TestAsync(t, "calcom");

        var key = result.GetProperty("checks")[0];
        Assert.Equal(("key", expected), (key.Str("name"), key.Str("status")));
        Assert.Contains(detail, key.Str("detail"));
        Assert.Equal(["organizerEmail:skipped", "eventType:42:skipped"], Checks(result)[1..]);
        Assert.Single(api.Stub.Requests);
    }

    [Fact]
    public async Task Calendly_ChecksTheCurrentUserAndEachEventTypeByItsUuid()
    {
        api.Stub.Reset();
        api.Stub.Answer = request => request.Path switch
        {
            "/users/me" => new StubAnswer(200, CalendlyMe),
            "/event_types/AAAAAAAAAAAAAAAA" => new StubAnswer(200, CalendlyEventType),
            _ => null,
        };
        var t = await TenantSession.StartAsync(api);
        await t.EnableCalendlyAsync(EventTypeUri);

        var result = await TestAsync(t, "calendly");

        Assert.Equal(["key:passed", "organizerEmail:passed", $"eventType:{EventTypeUri}:passed"], Checks(result));
        Assert.All(api.Stub.Requests, request => Assert.Equal($"Bearer {CalendlyToken}", request.Authorization));
        Assert.DoesNotContain(CalendlyToken, api.Logs.Text);
    }

    [Fact]
    public async Task NoStoredKey_FailsTheKeyCheck_WithoutCallingTheProvider()
    {
        api.Stub.Reset();
        var t = await TenantSession.StartAsync(api);
        await t.PutOkAsync("calendly", new { organizerEmail = OrganizerEmail });

        var result = await TestAsync(t, "calendly");

        Assert.Equal(["key:failed", "organizerEmail:skipped"], Checks(result));
        Assert.Empty(api.Stub.Requests);
    }

    private static async Task<JsonElement> TestAsync(TenantSession t, string provider)
    {
        var response = await t.Client.PostAsync(Url(provider) + "/test", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync();
    }

    private static string[] Checks(JsonElement result) =>
        result.GetProperty("checks").EnumerateArray().Select(c => $"{c.Str("name")}:{c.Str("status")}").ToArray();
}
