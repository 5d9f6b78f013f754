namespace VioConcierge.Application.Notifications;

/// <summary>
/// A feed item as the console shows it: its type (<c>appointment_cancelled</c>, ...), severity (success, info,
/// warning, error), title, message, the console path it leads to, when it was created and whether it was read.
/// </summary>
public sealed record FeedItemResponse(
    Guid Id, string Type, string Severity, string Title, string Message, string? ActionUrl, DateTimeOffset CreatedAt, bool Read, DateTimeOffset? ReadAt)
{
    public static FeedItemResponse From(FeedItem item) => new(item.Id, item.Type, item.Severity, item.Title, item.Message, item.ActionUrl,
        item.CreatedAt, item.ReadAt is not null, item.ReadAt);
}
