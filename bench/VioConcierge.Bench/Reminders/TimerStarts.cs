using System.Collections.Concurrent;
using System.Text.Json;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Wraps the real <see cref="ReminderTimerHandler"/> and notes, for each timer item, its due time and the moment
/// (bench clock) its handler started, by contact.
/// </summary>
public sealed class TimerStarts(ReminderTimerHandler inner, TimeProvider time) : IBatchWorkHandler
{
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset Due, DateTimeOffset Started)> _starts = new();

    public string Kind => inner.Kind;

    public int Count => _starts.Count;

    /// <summary>Due time and handler start of each contact's timer (the first start, if one ran twice).</summary>
    public IReadOnlyDictionary<Guid, (DateTimeOffset Due, DateTimeOffset Started)> Starts => _starts;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => HandleAsync(item, null, cancellationToken);

    /// <summary>Passes the completion on, so the timer completes in its own transaction as it does in the host.</summary>
    public Task HandleAsync(WorkItem item, WorkCompletion? completion, CancellationToken cancellationToken)
    {
        Started(item, time.GetUtcNow());
        return inner.HandleAsync(item, completion, cancellationToken);
    }

    /// <summary>Timers due together run as the host runs them: as one batch of the real handler.</summary>
    public Task HandleBatchAsync(IReadOnlyList<(WorkItem Item, WorkCompletion Completion)> batch, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        foreach (var (item, _) in batch)
        {
            Started(item, started);
        }
        return inner.HandleBatchAsync(batch, cancellationToken);
    }

    private void Started(WorkItem item, DateTimeOffset started) =>
        _starts.TryAdd(JsonSerializer.Deserialize<TimerPayload>(item.PayloadJson, JsonSerializerOptions.Web)!.ContactId, (item.DueAt, started));

    public void Clear() => _starts.Clear();
}
