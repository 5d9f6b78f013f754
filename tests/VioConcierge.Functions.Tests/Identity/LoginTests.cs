using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class LoginTests(ApiFixture api)
{
    [Fact]
    public async Task Login_SeededSuperAdmin_CanCreateTenantWhoseAdminCanLogIn()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);

        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);

        var me = await (await admin.Client.GetAsync("/api/me")).ReadAsync();
        Assert.Equal(tenant.TenantId, me.GetProperty("tenantId").GetGuid());
        Assert.Equal("client_admin", me.Str("role"));
        Assert.Contains("manage_team_members", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Login_UnknownEmailAndWrongPassword_GetTheSameAnswer()
    {
        var client = api.Anonymous();

        var unknown = await client.PostJsonAsync("/api/auth/login", new { email = "nobody@nowhere.test", password = "Whatever-123!" });
        var wrong = await client.PostJsonAsync("/api/auth/login", new { email = ApiFixture.SuperAdminEmail, password = "Wrong-Password-1!" });

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var (a, b) = (await unknown.ReadAsync(), await wrong.ReadAsync());
        Assert.Equal(a.Str("title"), b.Str("title"));
        Assert.Equal(a.Str("detail"), b.Str("detail"));
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountUntilTheLockoutEnds()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var client = api.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = "Not-The-Password-1!" })).StatusCode);
        }

        var whileLocked = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 4).Append((HttpStatusCode)423), statuses);
        Assert.Equal((HttpStatusCode)423, whileLocked.StatusCode);
        Assert.True(int.Parse(whileLocked.Headers.GetValues("Retry-After").Single()) is > 0 and <= 900);

        api.Clock.Advance(TimeSpan.FromMinutes(16));
        var afterLockout = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, afterLockout.StatusCode);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingEachField()
    {
        var response = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.NotEmpty(problem.Errors("email"));
        Assert.NotEmpty(problem.Errors("password"));
    }

    [Fact]
    public async Task Login_SuspendedTenant_IsRefusedAndExistingSessionsStopWorking()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);

        var suspend = await root.Client.PostJsonAsync($"/api/admin/tenants/{tenant.TenantId}/status",
            new { newStatus = "suspended", justification = "Repeated complaints about call volume." });
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.Client.GetAsync("/api/me")).StatusCode);
        var login = await api.Anonymous().PostJsonAsync("/api/auth/login",
            new { email = tenant.AdminEmail, password = tenant.AdminPassword, totpCode = api.NextTotpCode(tenant.AdminEmail) });
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
    }

    [Fact]
    public async Task Request_WithoutToken_Is401AndWithGarbageToken_Is401()
    {
        var client = api.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new("Bearer", "not.a.token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }
}
