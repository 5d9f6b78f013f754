using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class SessionTests(ApiFixture api)
{
    [Fact]
    public async Task Refresh_RotatesTheRefreshToken_AndReusingTheOldOneRevokesTheSession()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staffEmail = await api.AddStaffAsync(tenant.TenantId);
        var staff = await api.SignInAsync(staffEmail, TestUsers.StaffPassword);
        var client = api.Anonymous();

        var first = await client.PostJsonAsync("/api/auth/refresh", new { refreshToken = staff.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var rotated = (await first.ReadAsync()).Str("refreshToken");
        Assert.NotEqual(staff.RefreshToken, rotated);

        var replay = await client.PostJsonAsync("/api/auth/refresh", new { refreshToken = staff.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);

        var afterTheft = await client.PostJsonAsync("/api/auth/refresh", new { refreshToken = rotated });
        Assert.Equal(HttpStatusCode.Unauthorized, afterTheft.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.Client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession_ForAccessAndRefreshTokens()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.Client.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.Client.GetAsync("/api/me")).StatusCode);
        var refresh = await api.Anonymous().PostJsonAsync("/api/auth/refresh", new { refreshToken = staff.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task RevokeSession_FromAnotherDevice_SignsThatDeviceOut()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var email = await api.AddStaffAsync(tenant.TenantId);
        var laptop = await api.SignInAsync(email, TestUsers.StaffPassword);
        var phone = await api.SignInAsync(email, TestUsers.StaffPassword);

        var sessions = await (await laptop.Client.GetAsync("/api/me/sessions")).ReadAsync();
        Assert.Equal(2, sessions.GetArrayLength());
        var phoneSession = sessions.EnumerateArray().Single(s => !s.GetProperty("current").GetBoolean()).Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.Client.DeleteAsync($"/api/me/sessions/{phoneSession}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.Client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laptop.Client.DeleteAsync($"/api/me/sessions/{phoneSession}")).StatusCode);
    }

    [Fact]
    public async Task Session_IdleLongerThanTheTenantTimeout_CannotBeRefreshed()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        api.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));

        var refresh = await api.Anonymous().PostJsonAsync("/api/auth/refresh", new { refreshToken = staff.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithTheCurrentPassword_SignsOutOtherSessionsAndTheNewPasswordWorks()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var email = await api.AddStaffAsync(tenant.TenantId);
        var here = await api.SignInAsync(email, TestUsers.StaffPassword);
        var elsewhere = await api.SignInAsync(email, TestUsers.StaffPassword);

        var wrongCurrent = await here.Client.PostJsonAsync("/api/me/password", new { currentPassword = "nope", newPassword = "Brand-New-Pass-2!" });
        var weak = await here.Client.PostJsonAsync("/api/me/password", new { currentPassword = TestUsers.StaffPassword, newPassword = "short" });
        var changed = await here.Client.PostJsonAsync("/api/me/password", new { currentPassword = TestUsers.StaffPassword, newPassword = "Brand-New-Pass-2!" });

        Assert.NotEmpty((await wrongCurrent.ReadAsync()).Errors("currentPassword"));
        Assert.NotEmpty((await weak.ReadAsync()).Errors("newPassword"));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.Client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync("/api/me")).StatusCode);
        await api.SignInAsync(email, "Brand-New-Pass-2!");
    }
}
