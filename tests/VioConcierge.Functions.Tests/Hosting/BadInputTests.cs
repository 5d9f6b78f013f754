using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFixture api)
{
    [Theory]
    [InlineData("{\"name\": ", "body")]
    [InlineData("{\"name\": 42, \"businessType\": \"salon\"}", "name")]
    [InlineData("{\"name\": \"Valid Name\", \"businessType\": \"salon\", \"isVip\": true}", "isVip")]
    [InlineData("[1, 2, 3]", "body")]
    [InlineData("{\"name\": \"N\", \"admin\": {\"email\": [\"a\"]}}", "admin.email")]
    public async Task CreateTenant_BodyOfTheWrongShape_Is400NamingTheField(string json, string field)
    {
        var root = await api.SuperAdminAsync();

        var response = await root.Client.PostRawAsync("/api/admin/tenants", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Theory]
    [InlineData("{\"retryDelays\": null}", "retryDelays")]
    [InlineData("{\"closedDates\": null}", "closedDates")]
    [InlineData("{\"voiceTone\": null}", "voiceTone")]
    public async Task CallSettings_NullForAFieldThatCannotBeNull_Is400NamingIt(string json, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/settings/calls")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task Import_TruncatedMultipartBody_Is400OnTheFile()
    {
        var t = await TenantSession.StartAsync(api);
        var body = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nbroken"));
        body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");

        var response = await t.Client.PostAsync("/api/contacts/import", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("file"));
    }

    [Fact]
    public async Task Login_OversizedBody_Is413()
    {
        var json = $"{{\"email\": \"a@b.test\", \"password\": \"{new string('x', 2 * 1024 * 1024)}\"}}";

        var response = await api.Anonymous().PostRawAsync("/api/auth/login", json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.ReadAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Login_NoBodyOrWrongContentType_Is4xxNot500()
    {
        var client = api.Anonymous();

        var empty = await client.PostAsync("/api/auth/login", null);
        var text = await client.PostAsync("/api/auth/login", new StringContent("email=a", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task QueryParameterOfTheWrongType_Is400NamingIt()
    {
        var root = await api.SuperAdminAsync();

        var response = await root.Client.GetAsync("/api/admin/tenants?limit=lots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("limit"));
    }

    [Fact]
    public async Task CreateTenant_InvalidAdmin_LeavesNoTenantBehind()
    {
        var root = await api.SuperAdminAsync();
        var name = $"Half {Guid.NewGuid():N}";

        var response = await root.Client.PostJsonAsync("/api/admin/tenants",
            new { name, businessType = "general", admin = new { fullName = "Hal", email = "broken@" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var search = await (await root.Client.GetAsync($"/api/admin/tenants?q={Uri.EscapeDataString(name)}")).ReadAsync();
        Assert.Equal(0, search.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails()
    {
        var response = await api.Anonymous().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
