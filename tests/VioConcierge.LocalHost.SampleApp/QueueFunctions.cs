using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace VioConcierge.LocalHost.SampleApp;

/// <summary>
/// A queue-triggered function on the queue the <c>SampleQueue</c> app setting names: it records each message it takes
/// (with its dequeue count) and fails on the text <c>fail</c>; an HTTP function lists what it recorded.
/// </summary>
public sealed class QueueFunctions
{
    private static readonly ConcurrentQueue<string> Taken = new();

    [Function(nameof(TakeMessage))]
    public void TakeMessage([QueueTrigger("%SampleQueue%")] string message, int dequeueCount)
    {
        Taken.Enqueue($"{message}#{dequeueCount}");
        if (message == "fail")
        {
            throw new InvalidOperationException("This message always fails.");
        }
    }

    [Function(nameof(TakenMessages))]
    public IActionResult TakenMessages([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "taken")] HttpRequest request) =>
        new OkObjectResult(Taken.ToArray());
}
