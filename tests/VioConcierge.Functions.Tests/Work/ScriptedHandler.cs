using System.Collections.Concurrent;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>A work handler whose behaviour a test scripts: count runs per item, fail, or wait to be released.</summary>
public sealed class ScriptedHandler(string kind) : IWorkHandler
{
    public ConcurrentDictionary<Guid, int> Runs { get; } = new();

    public int FailuresLeft { get; set; }

    /// <summary>What a scripted failure throws (by default an error of the handler's own).</summary>
    public Func<WorkItem, Exception> Failure { get; set; } = item => new InvalidOperationException($"Scripted failure on attempt {item.Attempt}.");

    public SemaphoreSlim Started { get; } = new(0);

    /// <summary>When set, each run waits for it after it started.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public string Kind => kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        Runs.AddOrUpdate(item.Id, 1, (_, count) => count + 1);
        Started.Release();
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw Failure(item);
        }
    }
}
