using System.Collections.Concurrent;
using Grpc.Core;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>
/// The host's side of the worker's gRPC event stream, as the Functions host drives it: on <c>StartStream</c> it sends
/// <c>WorkerInitRequest</c>, reads the worker's capabilities (its HTTP address), asks for the function metadata (the
/// worker indexes its own functions), loads each function, and is ready. Invocations are sent on the same stream and
/// completed by the worker's <c>InvocationResponse</c>; the worker's logs arrive as <c>RpcLog</c>.
/// </summary>
public sealed class WorkerChannel(DevelopmentHostOptions options, ILogger<WorkerChannel> logger)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InvocationResponse>> _invocations = new();
    private readonly ConcurrentDictionary<string, bool> _loading = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly TaskCompletionSource<IReadOnlyList<HostedFunction>> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IServerStreamWriter<StreamingMessage>? _writer;
    private List<HostedFunction> _functions = [];

    /// <summary>The id the host gives the worker it starts (the worker echoes it in <c>StartStream</c>).</summary>
    public string WorkerId { get; } = Guid.NewGuid().ToString();

    /// <summary>The worker's own HTTP server, where HTTP requests are forwarded (the <c>HttpUri</c> capability).</summary>
    public Uri? WorkerHttpUri { get; private set; }

    /// <summary>Completes with the loaded functions once the worker has loaded all of them; faults if it fails to.</summary>
    public Task<IReadOnlyList<HostedFunction>> Ready => _ready.Task;

    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken ct)
    {
        _writer = responses;
        try
        {
            await foreach (var message in requests.ReadAllAsync(ct))
            {
                await HandleAsync(message);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            _writer = null;
            _ready.TrySetException(new InvalidOperationException("The worker disconnected before its functions were loaded."));
            foreach (var pending in _invocations.Values)
            {
                pending.TrySetException(new InvalidOperationException("The worker disconnected during the invocation."));
            }
        }
    }

    /// <summary>Sends an invocation; completes with the worker's response.</summary>
    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request)
    {
        var completion = new TaskCompletionSource<InvocationResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _invocations[request.InvocationId] = completion;
        await SendAsync(new StreamingMessage { InvocationRequest = request });
        return await completion.Task;
    }

    private async Task HandleAsync(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                await SendAsync(new StreamingMessage
                {
                    RequestId = Guid.NewGuid().ToString(),
                    WorkerInitRequest = new WorkerInitRequest
                    {
                        HostVersion = DevelopmentHostOptions.HostVersion,
                        WorkerDirectory = options.AppDirectory,
                        FunctionAppDirectory = options.AppDirectory,
                    },
                });
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                var init = message.WorkerInitResponse;
                if (init.Result.Status != StatusResult.Types.Status.Success)
                {
                    _ready.TrySetException(new InvalidOperationException($"The worker failed to initialise: {init.Result.Exception?.Message}"));
                    break;
                }
                WorkerHttpUri = init.Capabilities.TryGetValue("HttpUri", out var uri) ? new Uri(uri) : null;
                await SendAsync(new StreamingMessage
                {
                    RequestId = Guid.NewGuid().ToString(),
                    FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = options.AppDirectory },
                });
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                await LoadAsync(message.FunctionMetadataResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                Loaded(message.FunctionLoadResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponseCollection:
                foreach (var response in message.FunctionLoadResponseCollection.FunctionLoadResponses)
                {
                    Loaded(response);
                }
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                if (_invocations.TryRemove(message.InvocationResponse.InvocationId, out var completion))
                {
                    completion.TrySetResult(message.InvocationResponse);
                }
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                Log(message.RpcLog);
                break;
        }
    }

    private async Task LoadAsync(FunctionMetadataResponse metadata)
    {
        if (metadata.Result is { Status: not StatusResult.Types.Status.Success } failed)
        {
            _ready.TrySetException(new InvalidOperationException($"The worker could not index its functions: {failed.Exception?.Message}"));
            return;
        }
        if (metadata.UseDefaultMetadataIndexing)
        {
            _ready.TrySetException(new InvalidOperationException("The worker asks for host indexing (functions.metadata); build it with worker indexing."));
            return;
        }
        _functions = metadata.FunctionMetadataResults.Select(HostedFunction.From).ToList();
        foreach (var function in _functions)
        {
            _loading[function.Id] = true;
        }
        if (_functions.Count == 0)
        {
            _ready.TrySetResult(_functions);
        }
        foreach (var function in _functions)
        {
            await SendAsync(new StreamingMessage
            {
                RequestId = Guid.NewGuid().ToString(),
                FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.Id, Metadata = function.Metadata },
            });
        }
    }

    private void Loaded(FunctionLoadResponse response)
    {
        if (response.Result.Status != StatusResult.Types.Status.Success)
        {
            _ready.TrySetException(new InvalidOperationException($"The worker failed to load function {response.FunctionId}: {response.Result.Exception?.Message}"));
            return;
        }
        _loading.TryRemove(response.FunctionId, out _);
        if (_loading.IsEmpty)
        {
            _ready.TrySetResult(_functions);
        }
    }

    private void Log(RpcLog log)
    {
        var level = log.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        logger.Log(level, "[{Category}] {Message}{Exception}", log.Category, log.Message,
            log.Exception is { } exception ? $" {exception.Message}" : "");
    }

    private async Task SendAsync(StreamingMessage message)
    {
        await _writeLock.WaitAsync();
        try
        {
            var writer = _writer ?? throw new InvalidOperationException("No worker is connected.");
            await writer.WriteAsync(message);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
