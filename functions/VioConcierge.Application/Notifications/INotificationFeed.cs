using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>Users' in-app feeds in the transaction's tenant; every read and change names its owner.</summary>
public interface INotificationFeed
{
    /// <summary>Adds the items; an item for a user and event already in the feed is skipped. Returns how many were added.</summary>
    Task<int> AddAsync(IUnitOfWork uow, IReadOnlyList<FeedItem> items, CancellationToken ct);

    /// <summary>The user's items, newest first, after <paramref name="after"/>; only unread ones when asked.</summary>
    Task<Page<FeedItem>> ListAsync(IUnitOfWork uow, Guid userId, bool unreadOnly, int limit, Cursor? after, CancellationToken ct);

    Task<long> UnreadCountAsync(IUnitOfWork uow, Guid userId, CancellationToken ct);

    /// <summary>Marks the user's item read (keeping the first read time); false when the user has no such item.</summary>
    Task<bool> MarkReadAsync(IUnitOfWork uow, Guid userId, Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Marks every unread item of the user read; returns how many.</summary>
    Task<int> MarkAllReadAsync(IUnitOfWork uow, Guid userId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Platform scope: deletes up to <paramref name="limit"/> items created before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(IUnitOfWork uow, DateTimeOffset before, int limit, CancellationToken ct);
}
