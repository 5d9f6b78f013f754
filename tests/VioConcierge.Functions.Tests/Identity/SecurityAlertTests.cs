using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

/// <summary>Security alert emails: password changed, a sign-in from a new device, two-factor turned on.</summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityAlertTests(ApiFixture api)
{
    [Fact]
    public async Task ASignInFromANewDevice_IsEmailed_TheSameDeviceAgainIsNot()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, member) = await api.AddSignedInMemberAsync(t.Admin);
        await api.SignInAsync(member.Email, TeamMembers.Password);
        await api.RunDueWorkAsync();
        var before = TestMailServer.Shared.DeliveredTo(member.Email).Count;
        var laptop = api.Anonymous();
        laptop.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");

        Assert.Equal(HttpStatusCode.OK, (await laptop.PostJsonAsync("/api/auth/login", new { email = member.Email, password = TeamMembers.Password })).StatusCode);
        await api.RunDueWorkAsync();
        var mails = await TestMailServer.Shared.WaitForAsync(member.Email, before + 1);

        Assert.Equal(before + 1, mails.Count);
        Assert.Equal("New sign-in to your VioConcierge account", mails[^1].Subject);
        Assert.Contains("Chrome on Windows", mails[^1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrowserUpdate_IsNotANewDevice_AnotherBrowserIs()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, member) = await api.AddSignedInMemberAsync(t.Admin);
        await SignInFromAsync(member.Email, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");
        var before = (await TestMailServer.Shared.WaitForAsync(member.Email, 1)).Count;

        await SignInFromAsync(member.Email, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0 Safari/537.36");
        await SignInFromAsync(member.Email, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0");
        var mails = await TestMailServer.Shared.WaitForAsync(member.Email, before + 1);

        Assert.Equal(before + 1, mails.Count);
        Assert.Contains("Firefox on Windows", mails[^1].TextBody, StringComparison.Ordinal);
    }

    private async Task SignInFromAsync(string email, string userAgent)
    {
        var client = api.Anonymous();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/auth/login", new { email, password = TeamMembers.Password })).StatusCode);
        await api.RunDueWorkAsync();
    }

    [Fact]
    public async Task ChangingThePassword_AndTurningOnTwoFactor_AreEmailed()
    {
        var t = await TenantSession.StartAsync(api);
        var (_, member) = await api.AddSignedInMemberAsync(t.Admin);

        var changed = await member.Client.PostJsonAsync("/api/me/password", new { currentPassword = TeamMembers.Password, newPassword = "Changed-Pass-4!" });
        await api.EnrolAsync(member.Client, member.Email);
        await api.RunDueWorkAsync();

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var subjects = (await TestMailServer.Shared.WaitForAsync(member.Email, 3)).Select(mail => mail.Subject).ToList();
        Assert.Contains("Your VioConcierge password was changed", subjects);
        Assert.Contains("Two-factor authentication is on", subjects);
    }
}
