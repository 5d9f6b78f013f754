using Dapper;
using Npgsql;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>Migration 0041 over existing <c>staff_notifications</c>: each row becomes an item in every active user's feed.</summary>
public sealed class StaffNotificationsMigrationTests
{
    private const int ToFeed = 41;

    [Fact]
    public async Task Apply_EachTenantWideRow_BecomesAnItemForEachActiveUserOfItsTenant_KeepingItsReadState()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await MigrationsBefore.ApplyAsync(owner, ToFeed);
        var (tenant, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (admin, staff, gone, otherAdmin) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (unread, read, contact) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await owner.ExecuteAsync("""
            SELECT set_config('app.scope', 'platform', false);
            INSERT INTO tenants (id, name, business_type, created_at, updated_at) VALUES (@Tenant, 'Before 0041', 'general', now(), now()),
                (@Other, 'Other before 0041', 'general', now(), now());
            INSERT INTO users (tenant_id, id, email, full_name, role, password_hash, status, password_changed_at, created_at, updated_at)
            VALUES (@Tenant, @Admin, 'a@before.test', 'A', 'client_admin', 'x', 'active', now(), now(), now()),
                   (@Tenant, @Staff, 's@before.test', 'S', 'client_user', 'x', 'active', now(), now(), now()),
                   (@Tenant, @Gone, 'g@before.test', 'G', 'client_user', 'x', 'deactivated', now(), now(), now()),
                   (@Other, @OtherAdmin, 'o@before.test', 'O', 'client_admin', 'x', 'active', now(), now(), now());
            INSERT INTO staff_notifications (tenant_id, id, kind, contact_id, created_at, read_at)
            VALUES (@Tenant, @Unread, 'reschedule_requested', @Contact, now() - interval '1 day', NULL),
                   (@Tenant, @Read, 'reschedule_requested', @Contact, now() - interval '2 days', now());
            """, new { Tenant = tenant, Other = other, Admin = admin, Staff = staff, Gone = gone, OtherAdmin = otherAdmin, Unread = unread, Read = read, Contact = contact });

        await MigrationsBefore.ApplyRemainingAsync(database);
        var items = (await owner.QueryAsync<(Guid UserId, Guid EventId, string Type, string Title, string? ActionUrl, bool Read)>("""
            SELECT user_id, event_id, type, title, action_url, read_at IS NOT NULL FROM user_notifications ORDER BY user_id, event_id
            """)).ToList();
        var tableLeft = await owner.QuerySingleAsync<bool>("SELECT to_regclass('staff_notifications') IS NOT NULL");

        Assert.Equal(new[] { (admin, unread, false), (admin, read, true), (staff, unread, false), (staff, read, true) }.Order(),
            items.Select(item => (item.UserId, item.EventId, item.Read)).Order());
        Assert.All(items, item => Assert.Equal(("reschedule_requested", "Reschedule requested", $"/contacts/{contact}"), (item.Type, item.Title, item.ActionUrl)));
        Assert.False(tableLeft);
    }
}
