using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RoleTests(ApiFixture api)
{
    public static TheoryData<string, string> PlatformRoutes => new()
    {
        { "GET", "/api/admin/tenants" },
        { "POST", "/api/admin/tenants" },
        { "GET", $"/api/admin/tenants/{Guid.NewGuid()}" },
        { "POST", $"/api/admin/tenants/{Guid.NewGuid()}/status" },
        { "GET", "/api/admin/audit" },
        { "GET", "/api/admin/work/dead-letters" },
        { "POST", $"/api/admin/work/{Guid.NewGuid()}/replay" },
    };

    [Theory]
    [MemberData(nameof(PlatformRoutes))]
    public async Task PlatformRoute_ForClientAdminAndStaff_Is403(string method, string url)
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        foreach (var user in new[] { admin, staff })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = System.Net.Http.Json.JsonContent.Create(new { });
            }
            Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task Staff_CanReadAndEditTheirOwnProfile()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        var patched = await staff.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { fullName = "Samira Staff", jobTitle = "Receptionist" });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var me = await (await staff.Client.GetAsync("/api/me")).ReadAsync();
        Assert.Equal("Samira Staff", me.Str("fullName"));
        Assert.Equal("Receptionist", me.Str("jobTitle"));
        Assert.DoesNotContain("manage_team_members", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }
}
