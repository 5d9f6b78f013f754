namespace VioConcierge.Functions.Notifications;

/// <summary>The feed's filter: only unread items when <c>unread=true</c>.</summary>
public sealed record FeedQuery(bool Unread = false);
