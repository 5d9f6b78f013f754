namespace VioConcierge.Application.Notifications;

/// <summary>
/// One item of a user's in-app feed: one per user per event (<see cref="EventId"/>), with what to show (type,
/// severity, title, message) and the console path it leads to.
/// </summary>
public sealed record FeedItem(
    Guid Id,
    Guid UserId,
    Guid EventId,
    string Type,
    string Severity,
    string Title,
    string Message,
    string? ActionUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt = null);
