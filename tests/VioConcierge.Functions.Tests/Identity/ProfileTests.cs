using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Identity;

[Collection(ApiCollection.Name)]
public sealed class ProfileTests(ApiFixture api)
{
    [Fact]
    public async Task Patch_WithAStaleIfMatch_Is409AndChangesNothing()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);
        var etag = (await staff.Client.GetAsync("/api/me")).Headers.ETag!.Tag;

        var first = new HttpRequestMessage(HttpMethod.Patch, "/api/me") { Content = System.Net.Http.Json.JsonContent.Create(new { jobTitle = "Receptionist" }) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        var stale = new HttpRequestMessage(HttpMethod.Patch, "/api/me") { Content = System.Net.Http.Json.JsonContent.Create(new { jobTitle = "Overwriter" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);

        var accepted = await staff.Client.SendAsync(first);
        var conflict = await staff.Client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotEqual(etag, accepted.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Receptionist", (await (await staff.Client.GetAsync("/api/me")).ReadAsync()).Str("jobTitle"));
    }

    [Fact]
    public async Task Patch_InvalidNameOrUnknownField_Is400()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var staff = await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword);

        var blankName = await staff.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { fullName = "   " });
        var emailChange = await staff.Client.SendJsonAsync(HttpMethod.Patch, "/api/me", new { email = "not-an-address" });

        Assert.NotEmpty((await blankName.ReadAsync()).Errors("fullName"));
        Assert.NotEmpty((await emailChange.ReadAsync()).Errors("email"));
    }
}
