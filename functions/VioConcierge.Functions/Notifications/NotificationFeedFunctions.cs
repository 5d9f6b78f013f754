using VioConcierge.Application.Notifications;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Notifications;

/// <summary>
/// The signed-in user's in-app feed: newest first with the unread count and cursor paging, mark one read, mark all
/// read. Another user's item, or another tenant's, is 404.
/// </summary>
[ApiTag("Notifications")]
public sealed class NotificationFeedFunctions(Caller caller, NotificationFeedService feed)
{
    [Function(nameof(ListNotificationFeed)), RequirePermission(Permission.ViewCallResults), Query(typeof(FeedQuery)), Query(typeof(PageQuery)),
     Returns(typeof(NotificationFeedResponse))]
    public async Task<IResult> ListNotificationFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me/notifications/feed")] HttpRequest request, CancellationToken ct)
    {
        var filter = request.Bind<FeedQuery>();
        var page = request.Bind<PageQuery>();
        return (await feed.ListAsync(caller.User, filter.Unread, page.Limit, page.Cursor, ct)).ToHttp(found => TypedResults.Ok(found), "Notifications");
    }

    [Function(nameof(MarkNotificationRead)), RequirePermission(Permission.ViewCallResults), Returns(204)]
    public async Task<IResult> MarkNotificationRead(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/me/notifications/feed/{id:guid}/read")] HttpRequest request, Guid id,
        CancellationToken ct) =>
        (await feed.MarkReadAsync(caller.User, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Notification");

    [Function(nameof(MarkAllNotificationsRead)), RequirePermission(Permission.ViewCallResults), Returns(typeof(MarkedReadResponse))]
    public async Task<IResult> MarkAllNotificationsRead(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/me/notifications/feed/read-all")] HttpRequest request, CancellationToken ct) =>
        (await feed.MarkAllReadAsync(caller.User, ct)).ToHttp(marked => TypedResults.Ok(marked), "Notifications");
}
