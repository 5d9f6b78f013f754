using System.Net;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class TwoFactorTests(ApiFixture api)
{
    [Fact]
    public async Task Admin_BeforeEnrolling_CanOnlyReachEnrolmentRoutes()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var client = api.Anonymous();
        var login = await (await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword })).ReadAsync();
        Assert.True(login.GetProperty("twoFactorEnrollmentRequired").GetBoolean());
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Str("accessToken"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { jobTitle = "Boss" })).StatusCode);

        var fullAccess = await api.EnrolAsync(client, tenant.AdminEmail);
        client.DefaultRequestHeaders.Authorization = new("Bearer", fullAccess);
        Assert.Equal(HttpStatusCode.OK, (await client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { jobTitle = "Boss" })).StatusCode);
    }

    [Fact]
    public async Task Login_EnrolledUserWithoutCode_IsAskedForOne_AndAWrongCodeIs401()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);
        var client = api.Anonymous();

        var noCode = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword });
        var wrongCode = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword, totpCode = "000000" });

        Assert.Equal(HttpStatusCode.Forbidden, noCode.StatusCode);
        Assert.True((await noCode.ReadAsync()).GetProperty("twoFactorRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
    }

    [Fact]
    public async Task Login_SameTotpCodeTwice_SecondUseIsRefused()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);
        var code = api.NextTotpCode(tenant.AdminEmail);
        var client = api.Anonymous();

        var first = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword, totpCode = code });
        var replay = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword, totpCode = code });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Login_WithBackupCode_WorksOnceForEachCode()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);
        var regenerated = await admin.Client.PostJsonAsync("/api/me/2fa/backup-codes", new { code = api.NextTotpCode(tenant.AdminEmail) });
        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        var backupCode = (await regenerated.ReadAsync()).GetProperty("backupCodes")[0].GetString();
        var client = api.Anonymous();

        var first = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword, backupCode });
        var second = await client.PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = tenant.AdminPassword, backupCode });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False((await first.ReadAsync()).GetProperty("twoFactorEnrollmentRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task Disable_ForAnAdminWhileRequired_IsForbidden()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);

        var response = await admin.Client.SendJsonAsync(HttpMethod.Delete, "/api/me/2fa",
            new { password = tenant.AdminPassword, code = api.NextTotpCode(tenant.AdminEmail) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Staff_CanEnrolAndTurnTwoFactorOff_WithPasswordAndCode()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var email = await api.AddStaffAsync(tenant.TenantId);
        var staff = await api.SignInAsync(email, TestUsers.StaffPassword);
        await api.EnrolAsync(staff.Client, email);
        var me = await (await staff.Client.GetAsync("/api/me")).ReadAsync();
        Assert.True(me.GetProperty("twoFactorEnabled").GetBoolean());

        var badCode = await staff.Client.SendJsonAsync(HttpMethod.Delete, "/api/me/2fa", new { password = TestUsers.StaffPassword, code = "123456" });
        var disabled = await staff.Client.SendJsonAsync(HttpMethod.Delete, "/api/me/2fa",
            new { password = TestUsers.StaffPassword, code = api.NextTotpCode(email) });

        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        var login = await api.Anonymous().PostJsonAsync("/api/auth/login", new { email, password = TestUsers.StaffPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Setup_ReturnsAnOtpauthUriForAuthenticatorApps()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        var setup = await (await staff.Client.PostAsync("/api/me/2fa/setup", null)).ReadAsync();

        Assert.Equal(Totp.SecretBytes, Base32.Decode(setup.Str("secret")).Length);
        Assert.StartsWith("otpauth://totp/VioConcierge:", setup.Str("otpauthUri"), StringComparison.Ordinal);
        Assert.Contains($"secret={setup.Str("secret")}", setup.Str("otpauthUri"), StringComparison.Ordinal);
    }
}
