using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench.Hosting;

/// <summary>
/// Counts, from the moment it is made until disposed, the app's traffic on its two work queues, from .NET's own HTTP
/// activities (everything runs in this process): messages sent (the relay's <c>POST …/{queue}/messages</c>) and queue
/// function runs, i.e. deliveries the trigger settled after invoking the function (<c>DELETE …/messages/{id}</c> when
/// it succeeded or was moved to the poison queue, <c>PUT …/messages/{id}</c> when it is to be delivered again).
/// </summary>
public sealed class QueueTraffic : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly string[] _queues;
    private int _sent;
    private int _runs;

    public QueueTraffic(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WorkQueueOptions>>().Value;
        _queues = [$"/{options.Queue}/messages", $"/{options.CallQueue}/messages"];
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Messages sent to the work queues.</summary>
    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Runs of the queue functions (each delivery of a message is one).</summary>
    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Waits (up to <paramref name="limit"/>) until every message sent has been run: its delete follows its run.</summary>
    public async Task SettledAsync(TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (Runs < Sent && clock.Elapsed < limit)
        {
            await Task.Delay(50, ct);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        if (activity.GetTagItem("url.full") is not string url || activity.GetTagItem("http.request.method") is not string method)
        {
            return;
        }
        var path = new Uri(url).AbsolutePath;
        if (method == "POST" && _queues.Any(queue => path.EndsWith(queue, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _sent);
        }
        else if (method is "DELETE" or "PUT" && _queues.Any(queue => path.Contains(queue + "/", StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _runs);
        }
    }
}
