namespace VioConcierge.Application.Notifications;

/// <summary>One page of the caller's feed, newest first: the items, the cursor of the next page, how many items the
/// list has in all (with its filter) and how many of the caller's items are unread.</summary>
public sealed record NotificationFeedResponse(IReadOnlyList<FeedItemResponse> Items, string? NextCursor, long Total, long UnreadCount);
