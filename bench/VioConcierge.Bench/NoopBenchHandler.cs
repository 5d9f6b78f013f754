using System.Collections.Concurrent;
using System.Diagnostics;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Bench;

/// <summary>
/// Kind <c>bench.noop</c>: does nothing but note when it started each item (a <see cref="Stopwatch"/> timestamp)
/// and how many times it ran each id.
/// </summary>
public sealed class NoopBenchHandler : IWorkHandler
{
    public const string KindName = "bench.noop";

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> _started = new();
    private readonly ConcurrentDictionary<Guid, int> _runs = new();
    private int _invocations;

    public string Kind => KindName;

    public int Invocations => Volatile.Read(ref _invocations);

    /// <summary>How many times the handler ran each id.</summary>
    public IReadOnlyDictionary<Guid, int> Runs => _runs;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        _runs.AddOrUpdate(item.Id, 1, (_, runs) => runs + 1);
        Interlocked.Increment(ref _invocations);
        StartOf(item.Id).TrySetResult(now);
        return Task.CompletedTask;
    }

    /// <summary>Completes with the timestamp at which the handler first started <paramref name="id"/>.</summary>
    public Task<long> StartedAsync(Guid id) => StartOf(id).Task;

    private TaskCompletionSource<long> StartOf(Guid id) =>
        _started.GetOrAdd(id, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
