using System.Net;
using Dapper;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactCrudTests(ApiFixture api)
{
    [Fact]
    public async Task Create_NormalisesThePhone_AndStoresNotesEncrypted()
    {
        var t = await TenantSession.StartAsync(api);

        var contact = await t.CreateContactAsync(new
        {
            name = "  Mary   O'Brien ",
            phone = "(0)7700-900123",
            email = "Mary@Example.com",
            appointmentTime = t.InDays(3),
            notes = "Prefers the morning slot",
            specialInstructions = "Ring the side door",
            durationMinutes = 45,
        });

        Assert.Equal("Mary O'Brien", contact.Str("name"));
        Assert.Equal("+447700900123", contact.Str("phone"));
        Assert.Equal("mary@example.com", contact.Str("email"));
        Assert.Equal(24, contact.GetProperty("callBeforeHours").GetInt32());
        Assert.Equal("Prefers the morning slot", contact.Str("notes"));
        await using var uow = await api.Service<Database>().BeginTenantAsync(t.Tenant.TenantId, CancellationToken.None);
        var stored = await uow.QuerySingleAsync<(string Notes, string Instructions)>(
            "SELECT notes, special_instructions FROM contacts WHERE id = @Id", new { Id = contact.GetProperty("id").GetGuid() }, CancellationToken.None);
        Assert.StartsWith("v1.", stored.Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("morning", stored.Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("side door", stored.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_InvalidFields_Is400WithAnErrorPerField()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/contacts", new
        {
            name = "B",
            phone = "12345",
            email = "not-an-email",
            appointmentTime = t.InDays(-1),
            callBeforeHours = 200,
            durationMinutes = 50,
            specialInstructions = new string('x', 301),
            priority = "asap",
            timezone = "Europe/Nowhere",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        foreach (var field in new[] { "name", "phone", "email", "callBeforeHours", "durationMinutes", "specialInstructions", "priority", "timezone" })
        {
            Assert.NotEmpty(problem.Errors(field));
        }
    }

    [Fact]
    public async Task Create_AppointmentInThePast_IsRefused()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/contacts", new { name = "Past Person", phone = "07700 900123", appointmentTime = t.InDays(-0.1) });

        Assert.NotEmpty((await response.ReadAsync()).Errors("appointmentTime"));
    }

    [Theory]
    [InlineData("2030-01-15T10:30", "2030-01-15T10:30:00+00:00")]
    [InlineData("2030-07-15T10:30", "2030-07-15T09:30:00+00:00")]
    [InlineData("2030-10-27T01:30", "2030-10-27T00:30:00+00:00")]
    [InlineData("2030-07-15T10:30:00+02:00", "2030-07-15T08:30:00+00:00")]
    public async Task Create_LocalTimeInLondon_IsStoredAsTheRightInstantAcrossBst(string given, string expectedUtc)
    {
        var t = await TenantSession.StartAsync(api);

        var contact = await t.CreateContactAsync(new { name = "Time Traveller", phone = "07700 900123", appointmentTime = given });

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), contact.GetProperty("appointmentTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task Create_LocalTimeSkippedWhenClocksGoForward_IsRefused()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.PostJsonAsync("/api/contacts", new { name = "Gap Person", phone = "07700 900123", appointmentTime = "2030-03-31T01:30" });

        Assert.Contains("does not exist", (await response.ReadAsync()).Errors("appointmentTime")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DuplicateEmailInTheTenant_Is409()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync("First Person", email: "same@example.com");

        var response = await t.Client.PostJsonAsync("/api/contacts", new { name = "Second Person", phone = "07700 900124", email = "SAME@example.com", appointmentTime = t.InDays(2) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Update_ChangesOnlyTheGivenFields_AndAStaleVersionIs409()
    {
        var t = await TenantSession.StartAsync(api);
        var contact = await t.CreateContactAsync(new { name = "Ann Able", phone = "07700 900123", appointmentTime = t.InDays(5), ownerName = "Dr Who" });
        var id = contact.Str("id");

        var patched = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{id}", new { phone = "+44 20 7946 0958", version = 1 });
        var stale = await t.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{id}", new { name = "Ann Other", version = 1 });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var body = await patched.ReadAsync();
        Assert.Equal("+442079460958", body.Str("phone"));
        Assert.Equal("Dr Who", body.Str("ownerName"));
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Delete_HidesTheContactUntilRestored()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync("Del Boy")).Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await t.Client.DeleteAsync($"/api/contacts/{id}")).StatusCode);
        Assert.Empty(await t.NamesAsync(""));
        Assert.Equal(HttpStatusCode.NotFound, (await t.Client.DeleteAsync($"/api/contacts/{id}")).StatusCode);
        var restored = await t.Client.PostAsync($"/api/contacts/{id}/restore", null);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(["Del Boy"], await t.NamesAsync(""));
    }

    [Fact]
    public async Task StatusOverride_SetsStatusAndReason_AndIsAudited()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync("Stat Us")).Str("id");

        var response = await t.Client.PostJsonAsync($"/api/contacts/{id}/status", new { status = "confirmed", reason = "Confirmed by phone at reception" });
        var bad = await t.Client.PostJsonAsync($"/api/contacts/{id}/status", new { status = "maybe" });

        var body = await response.ReadAsync();
        Assert.Equal("confirmed", body.Str("status"));
        Assert.Equal("Confirmed by phone at reception", body.Str("statusReason"));
        Assert.NotEmpty((await bad.ReadAsync()).Errors("status"));
        var root = await api.SuperAdminAsync();
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.status_changed")).ReadAsync();
        Assert.Equal("confirmed", Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("changes").GetProperty("status").Str("after"));
    }

    [Fact]
    public async Task Get_IsAuditedAsAView_AndStatsCountByStatus()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync("View Me")).Str("id");
        await t.CreateContactAsync("Other One", phone: "07700 900124");
        await t.Client.PostJsonAsync($"/api/contacts/{id}/status", new { status = "cancelled" });

        Assert.Equal(HttpStatusCode.OK, (await t.Client.GetAsync($"/api/contacts/{id}")).StatusCode);
        var stats = await (await t.Client.GetAsync("/api/contacts/stats")).ReadAsync();

        Assert.Equal(2, stats.GetProperty("total").GetInt64());
        Assert.Equal(1, stats.GetProperty("byStatus").GetProperty("cancelled").GetInt64());
        Assert.Equal(2, stats.GetProperty("createdLast24Hours").GetInt64());
        var root = await api.SuperAdminAsync();
        var views = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.viewed&targetId={id}")).ReadAsync();
        Assert.Equal(1, views.GetProperty("total").GetInt64());
    }
}
