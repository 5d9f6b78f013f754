using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Team;

/// <summary>Deactivation, reactivation, password reset and deletion: sessions end at once, sign-in follows the status.</summary>
[Collection(ApiCollection.Name)]
public sealed class TeamAccessTests(ApiFixture api)
{
    [Fact]
    public async Task Deactivate_EndsTheirSessionAtOnce_RefusesSignInAndRefresh_AndReactivateLetsThemBackIn()
    {
        var t = await TenantSession.StartAsync(api);
        var (id, member) = await api.AddSignedInMemberAsync(t.Admin);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/api/contacts")).StatusCode);

        var deactivated = await t.Client.PostAsync($"/api/team/{id}/deactivate", null);
        var withOldToken = await member.Client.GetAsync("/api/contacts");
        var refresh = await api.Anonymous().PostJsonAsync("/api/auth/refresh", new { refreshToken = member.RefreshToken });
        var signIn = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password });
        var reactivated = await t.Client.PostAsync($"/api/team/{id}/reactivate", null);
        var signInAgain = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password });

        Assert.Equal("deactivated", (await deactivated.ReadAsync()).Str("status"));
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal("active", (await reactivated.ReadAsync()).Str("status"));
        Assert.Equal(HttpStatusCode.OK, signInAgain.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_EndsTheirSessions_TheOldPasswordStops_AndTheMailedLinkSetsANewOne()
    {
        var t = await TenantSession.StartAsync(api);
        var (id, member) = await api.AddSignedInMemberAsync(t.Admin);

        var reset = await t.Client.PostAsync($"/api/team/{id}/reset-password", null);
        var withOldToken = await member.Client.GetAsync("/api/me");
        var oldPassword = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password });
        var token = await api.LinkTokenAsync(member.Email, messages: 2);
        var set = await api.SetPasswordAsync(token, "Brand-New-Pass-3!");
        await api.RunDueWorkAsync();
        var signIn = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = member.Email, password = "Brand-New-Pass-3!" });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.DoesNotContain("token", await reset.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var mails = await TestMailServer.Shared.WaitForAsync(member.Email, 3);
        Assert.Equal("Your VioConcierge password was changed", mails[^1].Subject);
    }

    [Fact]
    public async Task Delete_RemovesTheMemberForGood_EndsTheirSession_AndTheirAuditEntriesKeepTheirName()
    {
        var t = await TenantSession.StartAsync(api);
        var (id, member) = await api.AddSignedInMemberAsync(t.Admin);
        await member.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { jobTitle = "Front desk" });

        var deleted = await t.Client.DeleteAsync($"/api/team/{id}");
        var withOldToken = await member.Client.GetAsync("/api/me");
        var signIn = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password });
        var again = await t.Client.DeleteAsync($"/api/team/{id}");
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?actorUserId={id}&action=user.updated")).ReadAsync();
        var deletion = await (await root.Client.GetAsync($"/api/admin/audit?action=user.deleted&targetId={id}")).ReadAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("Rita Reception", Assert.Single(audit.GetProperty("items").EnumerateArray()).Str("actorName"));
        Assert.Equal("Ada Admin", Assert.Single(deletion.GetProperty("items").EnumerateArray()).Str("actorName"));
    }
}
