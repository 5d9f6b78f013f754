using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Team;

/// <summary>Who may use the team routes, and the changes an admin may not make.</summary>
[Collection(ApiCollection.Name)]
public sealed class TeamGuardTests(ApiFixture api)
{
    private static IEnumerable<(HttpMethod Method, string Path)> MemberRoutes(Guid id) =>
    [
        (HttpMethod.Get, $"/api/team/{id}"), (HttpMethod.Patch, $"/api/team/{id}"), (HttpMethod.Delete, $"/api/team/{id}"),
        (HttpMethod.Post, $"/api/team/{id}/reset-password"), (HttpMethod.Post, $"/api/team/{id}/deactivate"),
        (HttpMethod.Post, $"/api/team/{id}/reactivate"),
    ];

    [Fact]
    public async Task Staff_Get403OnEveryTeamRoute_AndSuperAdminsToo()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, staff) = await api.AddSignedInMemberAsync(t.Admin);
        var root = await api.SuperAdminAsync();
        var routes = MemberRoutes(t.Tenant.AdminId).Concat([(HttpMethod.Get, "/api/team"), (HttpMethod.Post, "/api/team"), (HttpMethod.Get, "/api/team/overview")]);

        foreach (var (method, path) in routes)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.SendJsonAsync(method, path, new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await root.Client.SendJsonAsync(method, path, new { })).StatusCode);
        }
    }

    [Fact]
    public async Task AnotherTenantsUserId_Is404OnEveryMemberRoute_AndNothingChanges()
    {
        var t = await TenantSession.StartAsync(api);
        var other = await TenantSession.StartAsync(api);
        var (victim, victimSession) = await api.AddSignedInMemberAsync(other.Admin);

        foreach (var (method, path) in MemberRoutes(victim))
        {
            var response = await t.Client.SendJsonAsync(method, path, new { fullName = "Hijacked" });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {response.StatusCode}");
        }
        var seen = await (await other.Client.GetAsync($"/api/team/{victim}")).ReadAsync();
        Assert.Equal(("Rita Reception", "active"), (seen.Str("fullName"), seen.Str("status")));
        Assert.Equal(HttpStatusCode.OK, (await victimSession.Client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task AnAdmin_CannotDeactivateDemoteOrDeleteThemself_409()
    {
        var t = await TenantSession.StartAsync(api);
        var me = t.Tenant.AdminId;

        var deactivate = await t.Client.PostAsync($"/api/team/{me}/deactivate", null);
        var demote = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/team/{me}", new { role = "client_user" });
        var delete = await t.Client.DeleteAsync($"/api/team/{me}");
        var self = await (await t.Client.GetAsync($"/api/team/{me}")).ReadAsync();

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict], [deactivate.StatusCode, demote.StatusCode, delete.StatusCode]);
        Assert.Contains("your own account", (await delete.ReadAsync()).Str("detail"), StringComparison.Ordinal);
        Assert.Equal(("client_admin", "active"), (self.Str("role"), self.Str("status")));
    }

    [Fact]
    public async Task TwoAdminsDeactivatingEachOtherAtOnce_LeaveOneActiveAdmin()
    {
        var t = await TenantSession.StartAsync(api);
        var (second, secondAdmin) = await api.AddSignedInMemberAsync(t.Admin, "client_admin");

        var both = await Task.WhenAll(
            t.Client.PostAsync($"/api/team/{second}/deactivate", null),
            secondAdmin.Client.PostAsync($"/api/team/{t.Tenant.AdminId}/deactivate", null));
        var survivor = both[0].StatusCode == HttpStatusCode.OK
            ? await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword)
            : await api.SignInAsync(secondAdmin.Email, TeamMembers.Password);
        var overview = await (await survivor.Client.GetAsync("/api/team/overview")).ReadAsync();

        Assert.Single(both, response => response.StatusCode == HttpStatusCode.OK);
        Assert.Equal(1, overview.GetProperty("admins").GetInt32());
    }
}
