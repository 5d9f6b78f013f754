using System.Net;
using Dapper;
using Npgsql;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class AuditLogTests(ApiFixture api)
{
    [Fact]
    public async Task CreatingATenant_IsAuditedWithActorTargetAndChanges_FilterableByTenantAndAction()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);

        var page = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={tenant.TenantId}&action=tenant.created")).ReadAsync();

        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(root.UserId, entry.GetProperty("actorUserId").GetGuid());
        Assert.Equal("tenant", entry.Str("targetType"));
        Assert.Equal(tenant.TenantId.ToString(), entry.Str("targetId"));
        Assert.Equal(tenant.Name, entry.GetProperty("changes").GetProperty("name").Str("after"));
        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task AuditLog_NeverHoldsPasswordsHashesOrSecrets()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var admin = await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword);
        await admin.Client.PostJsonAsync("/api/me/password", new { currentPassword = tenant.AdminPassword, newPassword = "Changed-Admin-Pass-9!" });

        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        var texts = (await uow.QueryAsync<string>(
            "SELECT coalesce(changes::text, '') || action || target_type FROM audit_log", null, CancellationToken.None)).ToList();
        var hashes = (await uow.QueryAsync<string>("SELECT password_hash FROM users", null, CancellationToken.None)).ToList();

        Assert.Contains(texts, text => text.Contains("user.password_changed", StringComparison.Ordinal));
        foreach (var secret in hashes.Append(tenant.AdminPassword).Append("Changed-Admin-Pass-9!").Append(Base32.Encode(api.TotpSecret(tenant.AdminEmail))))
        {
            Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(texts, text => text.Contains("password\"", StringComparison.OrdinalIgnoreCase) && text.Contains("AQAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditLog_RefusesUpdatesAndDeletes()
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);

        var update = await Assert.ThrowsAsync<PostgresException>(() => uow.ExecuteAsync("UPDATE audit_log SET action = 'tampered'", null, CancellationToken.None));

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedLogins_AreAuditedWithoutThePasswordTried()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        await api.Anonymous().PostJsonAsync("/api/auth/login", new { email = tenant.AdminEmail, password = "Guess-Number-One-1!" });

        var page = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={tenant.TenantId}&action=user.login_failed")).ReadAsync();

        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("password", entry.GetProperty("changes").GetProperty("reason").Str("after"));
        Assert.DoesNotContain("Guess-Number-One-1!", entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_InvalidCursorOrLimit_Is400()
    {
        var root = await api.SuperAdminAsync();

        var badCursor = await root.Client.GetAsync("/api/admin/audit?cursor=%%%");
        var badLimit = await root.Client.GetAsync("/api/admin/audit?limit=1000");

        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.NotEmpty((await badLimit.ReadAsync()).Errors("limit"));
    }
}
