using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Notifications;

/// <summary>Users' in-app feeds (<c>user_notifications</c>); every statement names the tenant and the owning user.</summary>
public sealed class PostgresNotificationFeed : INotificationFeed
{
    public async Task<int> AddAsync(IUnitOfWork uow, IReadOnlyList<FeedItem> items, CancellationToken ct) => items.Count == 0 ? 0 :
        await uow.ExecuteAsync("""
            INSERT INTO user_notifications (tenant_id, id, user_id, event_id, type, severity, title, message, action_url, created_at)
            SELECT @TenantId, i.id, i.user_id, i.event_id, i.type, i.severity, i.title, i.message, i.action_url, i.created_at
            FROM unnest(@Ids, @UserIds, @EventIds, @Types, @Severities, @Titles, @Messages, @ActionUrls, @CreatedAts)
                AS i(id, user_id, event_id, type, severity, title, message, action_url, created_at)
            ON CONFLICT (tenant_id, user_id, event_id) DO NOTHING
            """, new
            {
                uow.TenantId,
                Ids = items.Select(item => item.Id).ToArray(),
                UserIds = items.Select(item => item.UserId).ToArray(),
                EventIds = items.Select(item => item.EventId).ToArray(),
                Types = items.Select(item => item.Type).ToArray(),
                Severities = items.Select(item => item.Severity).ToArray(),
                Titles = items.Select(item => item.Title).ToArray(),
                Messages = items.Select(item => item.Message).ToArray(),
                ActionUrls = items.Select(item => item.ActionUrl).ToArray(),
                CreatedAts = items.Select(item => item.CreatedAt.ToUniversalTime()).ToArray(),
            }, ct);

    public async Task<Page<FeedItem>> ListAsync(IUnitOfWork uow, Guid userId, bool unreadOnly, int limit, Cursor? after, CancellationToken ct)
    {
        var args = new { uow.TenantId, UserId = userId, UnreadOnly = unreadOnly, Limit = limit + 1, AfterTime = after?.Time, AfterId = after?.Id };
        var rows = (await uow.QueryAsync<FeedRow>("""
            SELECT id, user_id, event_id, type, severity, title, message, action_url, created_at, read_at
            FROM user_notifications
            WHERE tenant_id = @TenantId AND user_id = @UserId AND (NOT @UnreadOnly OR read_at IS NULL)
              AND (CAST(@AfterTime AS timestamptz) IS NULL OR (created_at, id) < (@AfterTime, @AfterId))
            ORDER BY created_at DESC, id DESC
            LIMIT @Limit
            """, args, ct)).ToList();
        var total = await uow.QuerySingleAsync<long>("""
            SELECT count(*) FROM user_notifications
            WHERE tenant_id = @TenantId AND user_id = @UserId AND (NOT @UnreadOnly OR read_at IS NULL)
            """, args, ct);
        var next = rows.Count > limit ? Cursor.From(rows[limit - 1].CreatedAt, rows[limit - 1].Id).Encode() : null;
        return new Page<FeedItem>(rows.Take(limit).Select(row => row.ToItem()).ToArray(), next, total);
    }

    public Task<long> UnreadCountAsync(IUnitOfWork uow, Guid userId, CancellationToken ct) =>
        uow.QuerySingleAsync<long>("SELECT count(*) FROM user_notifications WHERE tenant_id = @TenantId AND user_id = @UserId AND read_at IS NULL",
            new { uow.TenantId, UserId = userId }, ct);

    public async Task<bool> MarkReadAsync(IUnitOfWork uow, Guid userId, Guid id, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE user_notifications SET read_at = coalesce(read_at, @Now)
            WHERE tenant_id = @TenantId AND user_id = @UserId AND id = @Id
            """, new { uow.TenantId, UserId = userId, Id = id, Now = now }, ct) == 1;

    public Task<int> MarkAllReadAsync(IUnitOfWork uow, Guid userId, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE user_notifications SET read_at = @Now WHERE tenant_id = @TenantId AND user_id = @UserId AND read_at IS NULL",
            new { uow.TenantId, UserId = userId, Now = now }, ct);

    public Task<int> PurgeAsync(IUnitOfWork uow, DateTimeOffset before, int limit, CancellationToken ct) =>
        uow.ExecuteAsync("""
            DELETE FROM user_notifications n USING (
                SELECT tenant_id, id FROM user_notifications WHERE created_at < @Before ORDER BY created_at LIMIT @Limit) old
            WHERE n.tenant_id = old.tenant_id AND n.id = old.id
            """, new { Before = before, Limit = limit }, ct);

    private sealed class FeedRow
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
        public Guid EventId { get; init; }
        public string Type { get; init; } = "";
        public string Severity { get; init; } = "";
        public string Title { get; init; } = "";
        public string Message { get; init; } = "";
        public string? ActionUrl { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? ReadAt { get; init; }

        public FeedItem ToItem() => new(Id, UserId, EventId, Type, Severity, Title, Message, ActionUrl, CreatedAt, ReadAt);
    }
}
