using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Notifications;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>
/// <c>/api/me/notifications/feed</c>: newest first with cursor paging and the unread count, marking read one or all,
/// owner-only (another user's or another tenant's item is 404), and the nightly purge of items older than 90 days.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class NotificationFeedTests(VoiceApiFixture api)
{
    /// <summary>Puts <paramref name="count"/> items in the user's feed, a minute apart, the newest <paramref name="newestAgo"/> ago.</summary>
    private async Task<Guid[]> SeedAsync(Guid tenantId, Guid userId, int count, TimeSpan? newestAgo = null)
    {
        var now = api.Clock.GetUtcNow() - (newestAgo ?? TimeSpan.Zero);
        var items = Enumerable.Range(0, count).Select(i => new FeedItem(Ids.New(api.Clock), userId, Guid.NewGuid(), "appointment_cancelled", "warning",
            $"Item {i}", "A customer cancelled their appointment.", "/contacts", now.AddMinutes(i - count))).ToArray();
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenantId, CancellationToken.None);
        await api.Service<INotificationFeed>().AddAsync(uow, items, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
        return items.Select(item => item.Id).Reverse().ToArray();
    }

    [Fact]
    public async Task Feed_PagesNewestFirstWithACursor_AndCountsTheUnread()
    {
        var t = await TenantSession.StartAsync(api);
        var ids = await SeedAsync(t.Tenant.TenantId, t.Tenant.AdminId, 25);

        var first = await t.Admin.FeedAsync("?limit=10");
        var second = await t.Admin.FeedAsync($"?limit=10&cursor={first.Str("nextCursor")}");
        var third = await t.Admin.FeedAsync($"?limit=10&cursor={second.Str("nextCursor")}");
        var badCursor = await t.Client.GetAsync("/api/me/notifications/feed?cursor=not-a-cursor");
        var badLimit = await t.Client.GetAsync("/api/me/notifications/feed?limit=0");

        var seen = first.Items().Concat(second.Items()).Concat(third.Items()).Select(item => item.GetProperty("id").GetGuid()).ToArray();
        Assert.Equal(ids, seen);
        Assert.Equal(JsonNull, third.GetProperty("nextCursor").ValueKind);
        Assert.Equal((25, 25), (first.GetProperty("total").GetInt64(), first.GetProperty("unreadCount").GetInt64()));
        Assert.Equal("Item 24", first.Items()[0].Str("title"));
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    [Fact]
    public async Task MarkRead_OneThenAll_TheUnreadFilterAndCountFollow()
    {
        var t = await TenantSession.StartAsync(api);
        var ids = await SeedAsync(t.Tenant.TenantId, t.Tenant.AdminId, 3);

        var one = await t.Client.PostAsync($"/api/me/notifications/feed/{ids[1]}/read", null);
        var again = await t.Client.PostAsync($"/api/me/notifications/feed/{ids[1]}/read", null);
        var afterOne = await t.Admin.FeedAsync();
        var unread = await t.Admin.FeedAsync("?unread=true");
        var all = await (await t.Client.PostAsync("/api/me/notifications/feed/read-all", null)).ReadAsync();
        var afterAll = await t.Admin.FeedAsync();

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (one.StatusCode, again.StatusCode));
        Assert.Equal([false, true, false], afterOne.Items().Select(item => item.GetProperty("read").GetBoolean()));
        Assert.Equal(2, afterOne.GetProperty("unreadCount").GetInt64());
        Assert.Equal([ids[0], ids[2]], unread.Items().Select(item => item.GetProperty("id").GetGuid()));
        Assert.Equal(2, unread.GetProperty("total").GetInt64());
        Assert.Equal((2, 0), (all.GetProperty("marked").GetInt32(), all.GetProperty("unreadCount").GetInt64()));
        Assert.All(afterAll.Items(), item => Assert.True(item.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task AnotherUsersOrTenantsItem_Is404_AndStaysUnread()
    {
        var t = await TenantSession.StartAsync(api);
        var other = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var adminsItem = (await SeedAsync(t.Tenant.TenantId, t.Tenant.AdminId, 1))[0];

        var byColleague = await staff.Client.PostAsync($"/api/me/notifications/feed/{adminsItem}/read", null);
        var byOtherTenant = await other.Client.PostAsync($"/api/me/notifications/feed/{adminsItem}/read", null);
        var unknown = await t.Client.PostAsync($"/api/me/notifications/feed/{Guid.NewGuid()}/read", null);
        var colleagueReadAll = await (await staff.Client.PostAsync("/api/me/notifications/feed/read-all", null)).ReadAsync();

        Assert.Equal(HttpStatusCode.NotFound, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, colleagueReadAll.GetProperty("marked").GetInt32());
        Assert.Empty((await staff.FeedAsync()).Items());
        Assert.Empty((await other.Admin.FeedAsync()).Items());
        Assert.False((await t.Admin.FeedAsync()).Items().Single().GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task Purge_RemovesItemsOlderThan90Days_InEveryTenant_AndKeepsTheRest()
    {
        var t = await TenantSession.StartAsync(api);
        var other = await TenantSession.StartAsync(api);
        var old = await SeedAsync(t.Tenant.TenantId, t.Tenant.AdminId, 2, TimeSpan.FromDays(91));
        var recent = await SeedAsync(t.Tenant.TenantId, t.Tenant.AdminId, 2, TimeSpan.FromDays(89));
        await SeedAsync(other.Tenant.TenantId, other.Tenant.AdminId, 1, TimeSpan.FromDays(120));
        var timer = new NotificationTimerFunctions(api.Service<ReportScheduler>(), api.Service<FeedPurge>(), NullLogger<NotificationTimerFunctions>.Instance);

        await timer.PurgeOldNotifications(new TimerInfo(), CancellationToken.None);

        Assert.Equal(recent, (await t.Admin.FeedAsync()).Items().Select(item => item.GetProperty("id").GetGuid()));
        Assert.Empty((await other.Admin.FeedAsync()).Items());
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM user_notifications WHERE id = ANY(@Old)", new { Old = old }));
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
