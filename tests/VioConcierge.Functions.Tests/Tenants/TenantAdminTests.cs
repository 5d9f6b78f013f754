using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Tenants;

[Collection(ApiCollection.Name)]
public sealed class TenantAdminTests(ApiFixture api)
{
    [Fact]
    public async Task Create_WithoutPassword_GeneratesOneThatSatisfiesThePolicyAndWorks()
    {
        var root = await api.SuperAdminAsync();
        var email = $"gen-{Guid.NewGuid():N}@tenant.test";

        var response = await root.Client.PostJsonAsync("/api/admin/tenants",
            new { name = $"Salon {Guid.NewGuid():N}", businessType = "salon", timezone = "Europe/London", admin = new { fullName = "Gail Gen", email } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal("active", body.GetProperty("tenant").Str("status"));
        var password = body.Str("generatedPassword");
        Assert.True(password.Length >= 12);
        await api.SignInAsync(email, password);
    }

    [Fact]
    public async Task Create_DuplicateNameInAnyCase_Is409AndNothingIsWritten()
    {
        var root = await api.SuperAdminAsync();
        var existing = await api.CreateTenantAsync(root);
        var email = $"dup-{Guid.NewGuid():N}@tenant.test";

        var response = await root.Client.PostJsonAsync("/api/admin/tenants",
            new { name = existing.Name.ToUpperInvariant(), businessType = "general", admin = new { fullName = "Dee Dup", email, password = "Another-Admin-Pass-1!" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var login = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email, password = "Another-Admin-Pass-1!" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Create_EmailAlreadyUsed_Is409()
    {
        var root = await api.SuperAdminAsync();
        var existing = await api.CreateTenantAsync(root);

        var response = await root.Client.PostJsonAsync("/api/admin/tenants",
            new { name = $"Other {Guid.NewGuid():N}", businessType = "general", admin = new { fullName = "Eve Email", email = existing.AdminEmail.ToUpperInvariant() } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidFields_Is400WithAnErrorPerField()
    {
        var root = await api.SuperAdminAsync();

        var response = await root.Client.PostJsonAsync("/api/admin/tenants",
            new { name = "X", businessType = "spaceport", timezone = "Mars/Olympus", admin = new { fullName = "", email = "not-an-email", password = "weak" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        foreach (var field in new[] { "name", "businessType", "timezone", "admin.fullName", "admin.email", "admin.password" })
        {
            Assert.NotEmpty(problem.Errors(field));
        }
    }

    [Fact]
    public async Task ChangeStatus_FollowsTheLifecycle_AndRefusesInvalidMoves()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var url = $"/api/admin/tenants/{tenant.TenantId}/status";

        var paused = await root.Client.PostJsonAsync(url, new { newStatus = "paused", justification = "Customer asked to pause calls." });
        var toTerminated = await root.Client.PostJsonAsync(url, new { newStatus = "terminated", justification = "Skipping straight to the end.", confirmation = tenant.Name });
        var noJustification = await root.Client.PostJsonAsync(url, new { newStatus = "active", justification = "ok" });

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("paused", (await paused.ReadAsync()).Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, toTerminated.StatusCode);
        Assert.NotEmpty((await noJustification.ReadAsync()).Errors("justification"));

        var tenantView = await (await root.Client.GetAsync($"/api/admin/tenants/{tenant.TenantId}")).ReadAsync();
        Assert.Equal("paused", tenantView.Str("status"));
        Assert.Equal("Customer asked to pause calls.", tenantView.Str("statusReason"));
    }

    [Theory]
    [InlineData(19, HttpStatusCode.BadRequest)]
    [InlineData(20, HttpStatusCode.OK)]
    [InlineData(500, HttpStatusCode.OK)]
    [InlineData(501, HttpStatusCode.BadRequest)]
    public async Task ChangeStatus_JustificationOfTwentyToFiveHundredCharacters(int length, HttpStatusCode expected)
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);

        var response = await root.Client.PostJsonAsync($"/api/admin/tenants/{tenant.TenantId}/status",
            new { newStatus = "paused", justification = new string('j', length) });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.NotEmpty((await response.ReadAsync()).Errors("justification"));
        }
    }

    [Fact]
    public async Task Terminate_RequiresTheTypedTenantName()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var url = $"/api/admin/tenants/{tenant.TenantId}/status";
        await root.Client.PostJsonAsync(url, new { newStatus = "suspended", justification = "Unresolved compliance violation." });

        var unconfirmed = await root.Client.PostJsonAsync(url, new { newStatus = "terminated", justification = "Account closure requested." });
        var confirmed = await root.Client.PostJsonAsync(url, new { newStatus = "terminated", justification = "Account closure requested.", confirmation = tenant.Name });

        Assert.NotEmpty((await unconfirmed.ReadAsync()).Errors("confirmation"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Empty((await confirmed.ReadAsync()).GetProperty("allowedTransitions").EnumerateArray());
    }

    [Fact]
    public async Task Get_UnknownTenant_Is404()
    {
        var root = await api.SuperAdminAsync();

        var get = await root.Client.GetAsync($"/api/admin/tenants/{Guid.NewGuid()}");
        var status = await root.Client.PostJsonAsync($"/api/admin/tenants/{Guid.NewGuid()}/status", new { newStatus = "paused", justification = "No such tenant exists." });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }

    [Fact]
    public async Task List_PagesWithACursor_AndFiltersByStatus()
    {
        var root = await api.SuperAdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await api.CreateTenantAsync(root);
        }

        var first = await (await root.Client.GetAsync("/api/admin/tenants?limit=2")).ReadAsync();
        var second = await (await root.Client.GetAsync($"/api/admin/tenants?limit=2&cursor={first.Str("nextCursor")}")).ReadAsync();
        var terminated = await (await root.Client.GetAsync("/api/admin/tenants?status=terminated")).ReadAsync();

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt64() >= 3);
        var firstIds = first.GetProperty("items").EnumerateArray().Select(t => t.Str("id"));
        Assert.DoesNotContain(second.GetProperty("items").EnumerateArray().Select(t => t.Str("id")), firstIds.Contains);
        Assert.All(terminated.GetProperty("items").EnumerateArray(), t => Assert.Equal("terminated", t.Str("status")));
    }
}
