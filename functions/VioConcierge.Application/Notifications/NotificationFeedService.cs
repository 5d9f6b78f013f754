using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// The signed-in user's in-app feed: list with unread count and cursor paging, mark one or all read. Only the owner
/// sees or changes an item: another user's item, or another tenant's, is not found.
/// </summary>
public sealed class NotificationFeedService(ITransactions database, INotificationFeed feed, TimeProvider time)
{
    public async Task<Result<NotificationFeedResponse>> ListAsync(CurrentUser me, bool unreadOnly, int? limit, string? cursor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!Paging.TryRead(limit, cursor, errors, out var pageSize, out var after))
        {
            return errors;
        }
        if (me.TenantId is not { } tenantId)
        {
            return Result<NotificationFeedResponse>.NotFound();
        }
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var page = await feed.ListAsync(uow, me.UserId, unreadOnly, pageSize, after, ct);
        var unread = await feed.UnreadCountAsync(uow, me.UserId, ct);
        return new NotificationFeedResponse(page.Items.Select(FeedItemResponse.From).ToArray(), page.NextCursor, page.Total, unread);
    }

    public async Task<Result<bool>> MarkReadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        if (me.TenantId is not { } tenantId)
        {
            return Result<bool>.NotFound();
        }
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        if (!await feed.MarkReadAsync(uow, me.UserId, id, time.GetUtcNow(), ct))
        {
            return Result<bool>.NotFound();
        }
        await uow.CommitAsync(ct);
        return true;
    }

    public async Task<Result<MarkedReadResponse>> MarkAllReadAsync(CurrentUser me, CancellationToken ct)
    {
        if (me.TenantId is not { } tenantId)
        {
            return Result<MarkedReadResponse>.NotFound();
        }
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var marked = await feed.MarkAllReadAsync(uow, me.UserId, time.GetUtcNow(), ct);
        var unread = await feed.UnreadCountAsync(uow, me.UserId, ct);
        await uow.CommitAsync(ct);
        return new MarkedReadResponse(marked, unread);
    }
}
