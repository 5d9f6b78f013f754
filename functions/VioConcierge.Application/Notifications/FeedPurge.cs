using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Run by a daily timer: deletes feed items older than <see cref="NotificationOptions.FeedRetention"/> (90 days) in
/// every tenant, in batches of their own transactions so a large backlog never holds one long lock.
/// </summary>
public sealed class FeedPurge(ITransactions database, INotificationFeed feed, IOptions<NotificationOptions> options, TimeProvider time)
{
    public const int BatchSize = 5000;

    /// <summary>Purges what is due; returns how many items were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow() - options.Value.FeedRetention;
        var total = 0;
        while (true)
        {
            await using var uow = await database.BeginPlatformAsync(ct);
            var deleted = await feed.PurgeAsync(uow, before, BatchSize, ct);
            await uow.CommitAsync(ct);
            total += deleted;
            if (deleted < BatchSize)
            {
                return total;
            }
        }
    }
}
