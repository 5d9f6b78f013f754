using System.Net;
using System.Net.Http.Headers;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// Control characters (NUL above all, which PostgreSQL refuses) in any text a caller sends: a 400 naming the field,
/// nothing written, nothing logged as an error. Multi-line fields still take tabs and line breaks.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ControlCharacterTests(ApiFixture api)
{
    private const string Nul = "a\0b";

    public static TheoryData<string, string, string, string> TenantBodies => new()
    {
        // method, url ({contact} is a contact of the tenant), JSON body, field
        { "POST", "/api/contacts", """{"name":"Sam Patel","phone":"07700 900123","appointmentType":"a\u0000b"}""", "appointmentType" },
        { "POST", "/api/contacts", """{"name":"Sam Patel","phone":"07700 900123","ownerName":"a\u0000b"}""", "ownerName" },
        { "POST", "/api/contacts", """{"name":"Sam Patel","phone":"07700 900123","companyName":"a\u001bb"}""", "companyName" },
        { "POST", "/api/contacts", """{"name":"Sam Patel","phone":"07700 900123","notes":"a\u0000b"}""", "notes" },
        { "PATCH", "/api/contacts/{contact}", """{"ownerName":"a\u0000b"}""", "ownerName" },
        { "PATCH", "/api/contacts/{contact}", """{"companyName":"a\u0007b"}""", "companyName" },
        { "POST", "/api/contacts/{contact}/status", """{"status":"cancelled","reason":"The customer rang to cancel \u0000 today"}""", "reason" },
        { "POST", "/api/contacts/bulk", """{"action":"status","ids":["{contact}"],"status":"cancelled","reason":"Practice closed for refurbishment\u0000"}""", "reason" },
        { "POST", "/api/do-not-call", """{"phone":"07700 900999","reason":"a\u0000b"}""", "reason" },
        { "POST", "/api/groups", """{"name":"a\u0000b"}""", "name" },
        { "POST", "/api/groups", """{"name":"Tuesday clinic","description":"a\u0000b"}""", "description" },
        { "PATCH", "/api/me", """{"fullName":"a\u0000b"}""", "fullName" },
        { "PATCH", "/api/me", """{"jobTitle":"a\u0000b"}""", "jobTitle" },
    };

    [Theory]
    [MemberData(nameof(TenantBodies))]
    public async Task TenantBody_WithAControlCharacter_Is400NamingTheField_AndChangesNothing(string method, string url, string body, string field)
    {
        var t = await TenantSession.StartAsync(api);
        var contact = await t.CreateContactAsync("Ann Jones");
        var id = contact.Str("id");
        var before = await (await t.Client.GetAsync($"/api/contacts/{id}")).ReadAsync();

        var response = await t.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url.Replace("{contact}", id))
        {
            Content = new StringContent(body.Replace("{contact}", id), System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Control characters are not allowed."], (await response.ReadAsync()).Errors(field));
        var after = await (await t.Client.GetAsync($"/api/contacts/{id}")).ReadAsync();
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(1, (await (await t.Client.GetAsync("/api/contacts")).ReadAsync()).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await t.Client.GetAsync("/api/groups")).ReadAsync()).GetArrayLength());
    }

    [Theory]
    [InlineData("/api/contacts?q=a%00b", "q")]
    [InlineData("/api/contacts/export?q=a%01b", "q")]
    [InlineData("/api/do-not-call/0770%01900999", "phone")]
    public async Task TenantQueryOrRouteValue_WithAControlCharacter_Is400NamingIt(string url, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await (url.StartsWith("/api/do-not-call/", StringComparison.Ordinal) ? t.Client.DeleteAsync(url) : t.Client.GetAsync(url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Theory]
    [InlineData("/api/admin/tenants?q=a%00b", "q")]
    [InlineData("/api/admin/audit?action=a%00b", "action")]
    [InlineData("/api/admin/audit?targetType=a%00b", "targetType")]
    [InlineData("/api/admin/audit?targetId=a%00b", "targetId")]
    [InlineData("/api/admin/work/dead-letters?kind=a%00b", "kind")]
    public async Task PlatformFilter_WithAControlCharacter_Is400NamingIt(string url, string field)
    {
        var root = await api.SuperAdminAsync();

        var response = await root.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task AnonymousSignIn_WithANulInTheEmail_Is400NamingIt()
    {
        var response = await api.Anonymous().PostRawAsync("/api/auth/login", """{"email":"a\u0000b@clinic.test","password":"Guessing-Again-1!"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("email"));
    }

    [Theory]
    [InlineData("/api/contacts", """{"name":"Sam \ud800 Patel","phone":"07700 900123"}""", "name")]
    [InlineData("/api/groups", """{"name":"Tuesday \udfff clinic"}""", "name")]
    public async Task Text_WithALoneSurrogate_Is400NamingTheField(string url, string json, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostRawAsync(url, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task Query_WithInvalidUtf8_IsReadAsReplacementCharacters_NotA5xx()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.GetAsync("/api/contacts?q=a%ED%A0%80b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MultiLineFields_KeepTabsAndLineBreaks()
    {
        var t = await TenantSession.StartAsync(api);

        var created = await t.Client.PostJsonAsync("/api/contacts", new { name = "Sam Patel", phone = "07700 900123", appointmentTime = t.InDays(3), notes = "First line\nSecond\tline" });
        var group = await t.Client.PostJsonAsync("/api/groups", new { name = "Tuesday clinic", description = "Mornings\r\nand evenings" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("First line\nSecond\tline", (await created.ReadAsync()).Str("notes"));
        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
    }

    [Fact]
    public async Task SingleLineField_WithALineBreak_Is400()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/contacts", new { name = "Sam Patel", phone = "07700 900123", appointmentTime = t.InDays(3), companyName = "Smile\nDental" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("companyName"));
    }

    [Fact]
    public async Task ImportFile_HoldingANul_Is400OnTheFile()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = $"name,phone,appointment\nSam {Nul},07700 900123,{DateTime.UtcNow.AddDays(3):yyyy-MM-dd HH:mm}\n";
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "contacts.csv");

        var response = await t.Client.PostAsync("/api/contacts/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("file"));
    }
}
