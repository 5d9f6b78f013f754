
namespace VioConcierge.Application.Calls;

/// <summary>
/// The platform-wide dialling slot (migration 0013). Each take or give-back is one statement in a transaction of its
/// own, committed at once without waiting for the WAL flush, so the platform lock is held for that statement only,
/// not until a placement commits. A count lost in a server crash lets a few more calls through in that minute.
/// It runs on a small pool of its own: a placement asks for it while holding its tenant transaction's connection
/// (and the tenant's lock), and waiting for the shared pool could then deadlock with requests queued behind that lock.
/// </summary>
public interface IPlatformCallSlots
{
    /// <summary>
    /// Takes up to <paramref name="wanted"/> slots of the platform's rolling <paramref name="window"/>; when it cannot
    /// give them all, also the moment the oldest second of the full window leaves it.
    /// </summary>
    Task<(int Granted, DateTimeOffset? Oldest)> TryTakeAsync(DateTimeOffset now, TimeSpan window, int perWindow, int wanted, CancellationToken ct);

    /// <summary>Returns <paramref name="count"/> slots taken at <paramref name="takenAt"/> when their placements do not go ahead.</summary>
    Task GiveBackAsync(DateTimeOffset takenAt, int count, CancellationToken ct);

    ValueTask DisposeAsync();
}
