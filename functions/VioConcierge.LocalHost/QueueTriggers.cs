using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>
/// Runs queue-triggered functions from Azure Storage queues (Azurite locally) as the Functions host does: polls each
/// function's queue (<c>queueName</c>, with <c>%setting%</c> resolved from the app settings; the connection named by
/// <c>connection</c>, default <c>AzureWebJobsStorage</c>), invokes the function with each message's text (base64 on
/// the wire, as the host's default message encoding) and its metadata, deletes it when the function succeeds, lets it
/// reappear after <c>host.json</c>'s <c>extensions.queues.visibilityTimeout</c> (default zero) when it fails, and moves
/// it to <c>{queue}-poison</c> once it has been dequeued <c>maxDequeueCount</c> times (default 5).
/// </summary>
public sealed class QueueTriggers(WorkerChannel channel, HostSettings settings, HostAddresses addresses, ILogger<QueueTriggers> logger)
{
    /// <summary>The Functions host's default <c>extensions.queues.maxDequeueCount</c>.</summary>
    public const int DefaultMaxDequeueCount = 5;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly int _batchSize = settings.HostJson("extensions", "queues", "batchSize") is { } size ? int.Parse(size, System.Globalization.CultureInfo.InvariantCulture) : 16;
    private readonly int _maxDequeueCount = settings.HostJson("extensions", "queues", "maxDequeueCount") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : DefaultMaxDequeueCount;
    private readonly TimeSpan _maxPollingInterval = settings.HostJson("extensions", "queues", "maxPollingInterval") is { } interval ? TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) : TimeSpan.FromSeconds(1);
    private readonly TimeSpan _retryAfter = settings.HostJson("extensions", "queues", "visibilityTimeout") is { } after ? TimeSpan.Parse(after, System.Globalization.CultureInfo.InvariantCulture) : TimeSpan.Zero;

    public Task RunAsync(IEnumerable<HostedFunction> functions, CancellationToken ct) =>
        Task.WhenAll(functions.Where(function => function.IsQueue).Select(function => PollAsync(function, ct)));

    private async Task PollAsync(HostedFunction function, CancellationToken ct)
    {
        QueueClient queue, poison;
        try
        {
            queue = Client(function, settings.Resolve(function.QueueName!));
            poison = Client(function, queue.Name + "-poison");
        }
        catch (InvalidOperationException exception)
        {
            // As the Functions host does, a function whose binding cannot be resolved does not run; the others do.
            logger.LogError("Function {Function} is not run: {Reason}", function.Name, exception.Message);
            return;
        }
        // As the Functions host does: up to batchSize messages run at once, and the next batch is fetched as soon as
        // no more than half of them are still running (newBatchThreshold), not when the whole batch is done.
        var wait = TimeSpan.FromMilliseconds(50);
        var running = new List<Task>();
        while (!ct.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            try
            {
                if (running.Count > _batchSize / 2)
                {
                    await Task.WhenAny(running);
                    continue;
                }
                await queue.CreateIfNotExistsAsync(cancellationToken: ct);
                QueueMessage[] messages = await queue.ReceiveMessagesAsync(_batchSize - running.Count, Lease, ct);
                running.AddRange(messages.Select(message => RunAsync(function, queue, poison, message, ct)));
                if (messages.Length > 0)
                {
                    wait = TimeSpan.FromMilliseconds(50);
                    continue;
                }
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, _maxPollingInterval.Ticks));
                await Task.WhenAny([Task.Delay(wait, ct), .. running]);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Azure.RequestFailedException exception)
            {
                logger.LogWarning("Queue {Queue} for {Function} unavailable ({Status}); retrying", queue.Name, function.Name, exception.Status);
                await Task.WhenAny(Task.Delay(_maxPollingInterval, ct));
            }
        }
        await Task.WhenAll(running);
    }

    /// <summary>Runs one message and settles it (delete, retry later, or poison); never throws (Storage gone: it reappears).</summary>
    private async Task RunAsync(HostedFunction function, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken ct)
    {
        try
        {
            await RunAndSettleAsync(function, queue, poison, message, ct);
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or OperationCanceledException)
        {
            logger.LogWarning("Message {MessageId} of {Queue} not settled ({Failure}); it reappears when its lease ends", message.MessageId, queue.Name, exception.GetType().Name);
        }
    }

    private async Task RunAndSettleAsync(HostedFunction function, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken ct)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText));
        }
        catch (FormatException)
        {
            text = message.MessageText;
        }
        var response = await channel.InvokeAsync(Invocation(function, message, text));
        if (response.Result.Status == StatusResult.Types.Status.Success)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            return;
        }
        if (message.DequeueCount >= _maxDequeueCount)
        {
            await poison.CreateIfNotExistsAsync(cancellationToken: ct);
            await poison.SendMessageAsync(message.MessageText, ct);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            logger.LogWarning("Message {MessageId} of {Queue} moved to {Poison} after {Count} failed attempts", message.MessageId, queue.Name, poison.Name, message.DequeueCount);
            return;
        }
        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: _retryAfter, cancellationToken: ct);
    }

    private InvocationRequest Invocation(HostedFunction function, QueueMessage message, string text)
    {
        var request = new InvocationRequest { InvocationId = Guid.NewGuid().ToString(), FunctionId = function.Id, TraceContext = new RpcTraceContext() };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerParameter, Data = new TypedData { String = text } });
        request.TriggerMetadata["QueueTrigger"] = new TypedData { String = text };
        request.TriggerMetadata["Id"] = new TypedData { String = message.MessageId };
        request.TriggerMetadata["PopReceipt"] = new TypedData { String = message.PopReceipt };
        request.TriggerMetadata["DequeueCount"] = new TypedData { Json = message.DequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        request.TriggerMetadata["InsertionTime"] = new TypedData { Json = JsonSerializer.Serialize(message.InsertedOn) };
        request.TriggerMetadata["ExpirationTime"] = new TypedData { Json = JsonSerializer.Serialize(message.ExpiresOn) };
        request.TriggerMetadata["NextVisibleTime"] = new TypedData { Json = JsonSerializer.Serialize(message.NextVisibleOn) };
        addresses.BindDurableClients(function, request);
        return request;
    }

    private QueueClient Client(HostedFunction function, string queueName) =>
        new(settings.App(function.Connection ?? "AzureWebJobsStorage")
            ?? throw new InvalidOperationException($"Function {function.Name} reads queue {queueName}: set {function.Connection ?? "AzureWebJobsStorage"}."),
            queueName);
}
