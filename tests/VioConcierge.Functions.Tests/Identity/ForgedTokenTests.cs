using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Identity;

/// <summary>
/// A token signed with the real key but carrying claims its session does not have (as if the signing key leaked, or a
/// token outlived a role change): the request runs as the session's user, never as the token says.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ForgedTokenTests(ApiFixture api)
{
    [Fact]
    public async Task ClientAdminToken_ResignedAsSuperAdmin_IsRefusedOnPlatformRoutes()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);

        var keepsTenant = Resign(admin.AccessToken, claims => claims["role"] = "super_admin");
        var dropsTenant = Resign(admin.AccessToken, claims => { claims["role"] = "super_admin"; claims.Remove("tid"); });

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(keepsTenant, "/api/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(keepsTenant, "/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(dropsTenant, "/api/admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task Token_ResignedForAnotherTenant_SeesNothingOfIt()
    {
        var mine = await TenantSession.StartAsync(api);
        var theirs = await TenantSession.StartAsync(api);
        var theirContact = await theirs.CreateContactAsync("Their Customer");

        var forged = Resign(mine.Admin.AccessToken, claims => claims["tid"] = theirs.Tenant.TenantId.ToString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(forged, $"/api/contacts/{theirContact.Str("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(forged, "/api/contacts")).StatusCode);
    }

    [Fact]
    public async Task StaffToken_ResignedAsClientAdmin_CannotUseAdminRoutes()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        var forged = Resign(staff.AccessToken, claims => claims["role"] = "client_admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(forged, "/api/settings/integrations/retell")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(staff.AccessToken, "/api/me")).StatusCode);
    }

    [Fact]
    public async Task RoleChange_TakesEffectOnTheNextRequest_WithTheSameToken()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(admin.AccessToken, "/api/settings/integrations/retell")).StatusCode);

        await using (var uow = await api.Service<Database>().BeginTenantAsync(tenant.TenantId, CancellationToken.None))
        {
            Assert.Equal(1, await uow.ExecuteAsync("UPDATE users SET role = 'client_user' WHERE id = @Id", new { Id = admin.UserId }, CancellationToken.None));
            await uow.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(admin.AccessToken, "/api/settings/integrations/retell")).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string token, string url)
    {
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(url);
    }

    /// <summary>The token's claims, changed, signed again with the host's own signing key.</summary>
    private string Resign(string token, Action<Dictionary<string, object>> change)
    {
        var handler = new JsonWebTokenHandler();
        var original = handler.ReadJsonWebToken(token);
        var claims = original.Claims
            .Where(claim => claim.Type is not ("iss" or "aud" or "exp" or "nbf" or "iat"))
            .ToDictionary(claim => claim.Type, claim => (object)claim.Value);
        change(claims);
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = original.Issuer,
            Audience = original.Audiences.Single(),
            Claims = claims,
            IssuedAt = original.IssuedAt,
            NotBefore = original.ValidFrom,
            Expires = original.ValidTo,
            SigningCredentials = new SigningCredentials(api.Service<TokenIssuer>().SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
