using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using VioConcierge.LocalHost.Rpc;
using P = Microsoft.DurableTask.Protobuf;

namespace VioConcierge.LocalHost.Durable;

/// <summary>
/// Runs the task hub's work items on the app's Durable functions, as the Functions host's Durable extension does for an
/// isolated worker: an orchestration step invokes the orchestrator function with the encoded request and completes the
/// step with its encoded answer; an activity invokes the activity function with its input. It is the task hub's one
/// work-item client, connected over the sidecar API.
/// </summary>
public sealed class DurableBridge(WorkerChannel channel, ILogger<DurableBridge> logger)
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    /// <summary>
    /// What a <c>[DurableClient]</c> parameter receives. Task hub and connection are left empty: this host serves one
    /// hub, and named ones make the worker's client use a channel whose answers it cannot read from this server.
    /// </summary>
    public static string ClientBinding(Uri sidecar, Uri baseAddress) => JsonSerializer.Serialize(new
    {
        rpcBaseUrl = sidecar.ToString(),
        taskHubName = "",
        connectionName = "",
        requiredQueryStringParameters = "",
        httpBaseUrl = new Uri(baseAddress, "runtime/webhooks/durabletask").ToString(),
    });

    public async Task RunAsync(Uri sidecar, IReadOnlyList<HostedFunction> functions, CancellationToken ct)
    {
        using var grpc = GrpcChannel.ForAddress(sidecar);
        var client = new P.TaskHubSidecarService.TaskHubSidecarServiceClient(grpc);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var stream = client.GetWorkItems(new P.GetWorkItemsRequest(), cancellationToken: ct);
                await foreach (var item in stream.ResponseStream.ReadAllAsync(ct))
                {
                    _ = Task.Run(() => RunAsync(client, item, functions), ct);
                }
            }
            catch (Exception exception) when (!ct.IsCancellationRequested && exception is Grpc.Core.RpcException or IOException)
            {
                logger.LogWarning("Durable work-item stream ended ({Reason}); reconnecting", exception.Message);
                await Task.Delay(Reconnect, ct);
            }
            catch (Exception exception) when (ct.IsCancellationRequested && exception is OperationCanceledException or Grpc.Core.RpcException)
            {
                return;
            }
        }
    }

    private async Task RunAsync(P.TaskHubSidecarService.TaskHubSidecarServiceClient client, P.WorkItem item, IReadOnlyList<HostedFunction> functions)
    {
        try
        {
            switch (item.RequestCase)
            {
                case P.WorkItem.RequestOneofCase.OrchestratorRequest:
                    await client.CompleteOrchestratorTaskAsync(await OrchestrateAsync(item.OrchestratorRequest, item.CompletionToken, functions));
                    break;
                case P.WorkItem.RequestOneofCase.ActivityRequest:
                    await client.CompleteActivityTaskAsync(await RunActivityAsync(item.ActivityRequest, item.CompletionToken, functions));
                    break;
                default:
                    logger.LogWarning("Durable work item {Kind} is not supported by the development host", item.RequestCase);
                    break;
            }
        }
        catch (Exception exception) when (exception is Grpc.Core.RpcException or InvalidOperationException)
        {
            // The step is abandoned: its lease expires and the task hub hands it out again.
            logger.LogWarning("Durable work item {Kind} not completed: {Reason}", item.RequestCase, exception.Message);
        }
    }

    private async Task<P.OrchestratorResponse> OrchestrateAsync(P.OrchestratorRequest request, string token, IReadOnlyList<HostedFunction> functions)
    {
        var name = request.PastEvents.Concat(request.NewEvents)
            .First(e => e.EventTypeCase == P.HistoryEvent.EventTypeOneofCase.ExecutionStarted).ExecutionStarted.Name;
        var answer = await channel.InvokeAsync(Invocation(Function(functions, name, "orchestrationTrigger"),
            new TypedData { String = Convert.ToBase64String(request.ToByteArray()) }));
        if (answer.Result.Status != StatusResult.Types.Status.Success || answer.ReturnValue?.DataCase != TypedData.DataOneofCase.String)
        {
            throw new InvalidOperationException($"orchestrator {name} failed: {answer.Result.Exception?.Message}");
        }
        var response = P.OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(answer.ReturnValue.String));
        response.CompletionToken = token;
        return response;
    }

    private async Task<P.ActivityResponse> RunActivityAsync(P.ActivityRequest request, string token, IReadOnlyList<HostedFunction> functions)
    {
        var answer = await channel.InvokeAsync(Invocation(Function(functions, request.Name, "activityTrigger"),
            new TypedData { String = SingleInput(request.Input) }));
        var response = new P.ActivityResponse
        {
            InstanceId = request.OrchestrationInstance.InstanceId,
            TaskId = request.TaskId,
            CompletionToken = token,
        };
        if (answer.Result.Status == StatusResult.Types.Status.Success)
        {
            response.Result = answer.ReturnValue?.DataCase switch
            {
                TypedData.DataOneofCase.Json => answer.ReturnValue.Json,
                TypedData.DataOneofCase.String => JsonSerializer.Serialize(answer.ReturnValue.String),
                _ => null,
            };
        }
        else
        {
            response.FailureDetails = new P.TaskFailureDetails
            {
                ErrorType = answer.Result.Exception?.Source ?? "ActivityFailed",
                ErrorMessage = answer.Result.Exception?.Message ?? "The activity failed.",
                StackTrace = answer.Result.Exception?.StackTrace,
            };
        }
        return response;
    }

    /// <summary>The task hub keeps an activity's parameters as a JSON array; the activity function takes the one input.</summary>
    private static string SingleInput(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "null";
        }
        using var document = JsonDocument.Parse(input);
        return document.RootElement is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() == 1 ? array[0].GetRawText() : input;
    }

    private static HostedFunction Function(IReadOnlyList<HostedFunction> functions, string name, string trigger) =>
        functions.FirstOrDefault(function => function.Name == name && function.TriggerType.Equals(trigger, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"The app has no {trigger} function named {name}.");

    private static InvocationRequest Invocation(HostedFunction function, TypedData trigger)
    {
        var request = new InvocationRequest { InvocationId = Guid.NewGuid().ToString(), FunctionId = function.Id, TraceContext = new RpcTraceContext() };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerParameter, Data = trigger });
        return request;
    }
}
