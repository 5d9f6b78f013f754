using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Team;

/// <summary>Adding a member: the welcome email, the single-use link that sets their password, and the add's rules.</summary>
[Collection(ApiCollection.Name)]
public sealed class TeamMemberTests(ApiFixture api)
{
    [Fact]
    public async Task Add_WelcomeMailArrives_TheReceptionistSetsAPasswordOnce_AndSignsIn()
    {
        var t = await TenantSession.StartAsync(api);
        var email = TeamMembers.NewEmail("rita");

        var created = await t.Admin.AddMemberAsync(email);
        await api.RunDueWorkAsync();
        var welcome = Assert.Single(await TestMailServer.Shared.WaitForAsync(email));
        var token = TeamMembers.Token(welcome);
        var weak = await api.SetPasswordAsync(token, "short");
        var set = await api.SetPasswordAsync(token);
        var again = await api.SetPasswordAsync(token, "Another-Pass-2!");
        var member = await api.SignInAsync(email, TeamMembers.Password);
        var listed = await (await t.Client.GetAsync($"/api/team/{created.Str("id")}")).ReadAsync();

        Assert.Equal("invited", created.Str("status"));
        Assert.Equal("client_user", created.Str("role"));
        Assert.DoesNotContain(token, created.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(t.Tenant.Name, welcome.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://console.test/set-password?token={Uri.EscapeDataString(token)}", welcome.TextBody, StringComparison.Ordinal);
        Assert.NotEmpty((await weak.ReadAsync()).Errors("password"));
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.NotEmpty((await again.ReadAsync()).Errors("token"));
        Assert.Equal(t.Tenant.TenantId, member.TenantId);
        Assert.Equal("active", listed.Str("status"));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("lastLoginAt").ValueKind);
    }

    [Fact]
    public async Task Add_WithWelcomeEmailOff_SendsNoMail_AndTheMemberCannotSignIn()
    {
        var t = await TenantSession.StartAsync(api);
        var email = TeamMembers.NewEmail();

        await t.Admin.AddMemberAsync(email, sendWelcomeEmail: false);
        await api.RunDueWorkAsync();
        var signIn = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email, password = TeamMembers.Password });

        Assert.Empty(TestMailServer.Shared.DeliveredTo(email));
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task Add_AnEmailUsedAnywhereOnThePlatform_InAnyCase_Is409()
    {
        var t = await TenantSession.StartAsync(api);
        var other = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/team",
            new { fullName = "Copy Cat", email = other.Tenant.AdminEmail.ToUpperInvariant(), role = "client_user" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("fullName", "", "x@team.test", "client_user")]
    [InlineData("fullName", "101", "x@team.test", "client_user")]
    [InlineData("email", "Ann", "not-an-email", "client_user")]
    [InlineData("role", "Ann", "x@team.test", "super_admin")]
    [InlineData("role", "Ann", "x@team.test", "owner")]
    public async Task Add_InvalidField_Is400NamingIt(string field, string fullName, string email, string role)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/team",
            new { fullName = fullName == "101" ? new string('a', 101) : fullName, email, role });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task WelcomeLink_AfterSevenDays_IsRefused()
    {
        var t = await TenantSession.StartAsync(api);
        var email = TeamMembers.NewEmail();
        await t.Admin.AddMemberAsync(email);
        var token = await api.LinkTokenAsync(email);

        api.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var response = await api.SetPasswordAsync(token);

        Assert.NotEmpty((await response.ReadAsync()).Errors("token"));
    }

    [Fact]
    public async Task Edit_NameTitleAndRole_AreSavedAudited_AndAStaleVersionIs409()
    {
        var t = await TenantSession.StartAsync(api);
        var member = await t.Admin.AddMemberAsync(TeamMembers.NewEmail());
        var id = member.Str("id");

        var edited = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/team/{id}",
            new { fullName = "Rita Manager", jobTitle = "Practice Manager", role = "client_admin", version = member.GetProperty("version").GetInt32() });
        var stale = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/team/{id}",
            new { jobTitle = "Overwriter", version = member.GetProperty("version").GetInt32() });
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?action=user.updated&targetId={id}")).ReadAsync();

        var body = await edited.ReadAsync();
        Assert.Equal(("Rita Manager", "Practice Manager", "client_admin"), (body.Str("fullName"), body.Str("jobTitle"), body.Str("role")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, audit.GetProperty("total").GetInt64());
    }
}
