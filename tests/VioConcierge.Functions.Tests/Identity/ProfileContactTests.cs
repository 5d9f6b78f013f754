using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

/// <summary>The user's own phone, email change by confirmation link, and their sessions (device, network, sign out others).</summary>
[Collection(ApiCollection.Name)]
public sealed class ProfileContactTests(ApiFixture api)
{
    [Fact]
    public async Task Phone_AUkNumberIsKeptAsE164_AnInvalidOneIs400_AndEmptyClearsIt()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, member) = await api.AddSignedInMemberAsync(t.Admin);

        var saved = await member.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { phone = "07700 900123" });
        var invalid = await member.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { phone = "12345" });
        var kept = await (await member.Client.GetAsync("/api/me")).ReadAsync();
        var cleared = await member.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { phone = "" });

        Assert.Equal("+447700900123", (await saved.ReadAsync()).Str("phone"));
        Assert.NotEmpty((await invalid.ReadAsync()).Errors("phone"));
        Assert.Equal("+447700900123", kept.Str("phone"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await cleared.ReadAsync()).GetProperty("phone").ValueKind);
    }

    [Fact]
    public async Task EmailChange_TakesEffectOnlyWhenTheLinkSentToTheNewAddressIsUsed_AndTheOldAddressIsTold()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, member) = await api.AddSignedInMemberAsync(t.Admin);
        var newEmail = TeamMembers.NewEmail("moved");

        var asked = await member.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { email = newEmail.ToUpperInvariant() });
        var token = await api.LinkTokenAsync(newEmail);
        var confirmed = await api.Anonymous().PostJsonAsync("/api/auth/confirm-email", new { token });
        var reused = await api.Anonymous().PostJsonAsync("/api/auth/confirm-email", new { token });
        await api.RunDueWorkAsync();
        var signIn = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = newEmail, password = TeamMembers.Password });
        var oldSignIn = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password });

        Assert.Equal(member.Email, (await asked.ReadAsync()).Str("email"));
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.NotEmpty((await reused.ReadAsync()).Errors("token"));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSignIn.StatusCode);
        Assert.Contains(await TestMailServer.Shared.WaitForAsync(member.Email, 2), mail => mail.Subject == "Your VioConcierge sign-in email was changed");
    }

    [Fact]
    public async Task EmailChange_ToAnAddressAnotherAccountUses_Is409_AndSendsNothing()
    {
        var t = await TenantSession.StartAsync(api);
        var other = await TenantSession.StartAsync(api);

        var response = await t.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { email = other.Tenant.AdminEmail });
        await api.RunDueWorkAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(TestMailServer.Shared.DeliveredTo(other.Tenant.AdminEmail), mail => mail.Subject?.StartsWith("Confirm", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Sessions_ShowDeviceAndNetwork_AndDeletingThemSignsOutEveryOtherSession()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, member) = await api.AddSignedInMemberAsync(t.Admin);
        var phone = api.Anonymous();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1");
        var second = await (await phone.PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password })).ReadAsync();
        phone.DefaultRequestHeaders.Authorization = new("Bearer", second.Str("accessToken"));

        var sessions = await (await member.Client.GetAsync("/api/me/sessions")).ReadAsync();
        var revoked = await member.Client.DeleteAsync("/api/me/sessions");
        var otherAfter = await phone.GetAsync("/api/me");
        var mineAfter = await member.Client.GetAsync("/api/me/sessions");

        var onPhone = sessions.EnumerateArray().Single(s => !s.GetProperty("current").GetBoolean());
        Assert.Equal("Safari on iPhone", onPhone.Str("device"));
        Assert.Equal("This computer (loopback)", onPhone.Str("location"));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAfter.StatusCode);
        Assert.Single((await mineAfter.ReadAsync()).EnumerateArray());
    }
}
