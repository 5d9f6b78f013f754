using System.Text.Json;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>
/// One function as the worker described it at start-up (its metadata and raw bindings), with what the host needs to
/// trigger it: an HTTP route and methods, or a timer schedule.
/// </summary>
public sealed class HostedFunction
{
    private HostedFunction(RpcFunctionMetadata metadata, JsonElement trigger)
    {
        Metadata = metadata;
        TriggerType = trigger.GetProperty("type").GetString()!;
        TriggerParameter = trigger.GetProperty("name").GetString()!;
        if (IsHttp)
        {
            Route = trigger.TryGetProperty("route", out var route) && route.GetString() is { } text ? text : metadata.Name;
            Methods = trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
                ? methods.EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant()).ToArray()
                : [];
        }
        if (IsTimer)
        {
            Schedule = trigger.GetProperty("schedule").GetString();
        }
        if (IsQueue)
        {
            QueueName = trigger.GetProperty("queueName").GetString();
            Connection = trigger.TryGetProperty("connection", out var connection) ? connection.GetString() : null;
        }
    }

    public RpcFunctionMetadata Metadata { get; }

    public string Name => Metadata.Name;

    public string Id => Metadata.FunctionId;

    /// <summary>The trigger binding's type as the metadata gives it (<c>httpTrigger</c>, <c>timerTrigger</c>).</summary>
    public string TriggerType { get; }

    /// <summary>The name of the function's trigger parameter, which the invocation's input data must use.</summary>
    public string TriggerParameter { get; }

    public bool IsHttp => TriggerType.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase);

    public bool IsTimer => TriggerType.Equals("timerTrigger", StringComparison.OrdinalIgnoreCase);

    public bool IsQueue => TriggerType.Equals("queueTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>The queue a queue-triggered function reads (may name an app setting as <c>%name%</c>).</summary>
    public string? QueueName { get; }

    /// <summary>The app setting naming the storage account of a queue trigger (<c>AzureWebJobsStorage</c> when absent).</summary>
    public string? Connection { get; }

    /// <summary>An orchestrator or activity function, run for the task hub's work items.</summary>
    public bool IsDurable => TriggerType.Equals("orchestrationTrigger", StringComparison.OrdinalIgnoreCase)
        || TriggerType.Equals("activityTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names of the function's <c>[DurableClient]</c> parameters.</summary>
    public IReadOnlyList<string> DurableClients => Metadata.Bindings
        .Where(binding => binding.Value.Type.Equals("durableClient", StringComparison.OrdinalIgnoreCase))
        .Select(binding => binding.Key).ToList();

    /// <summary>The route below the route prefix (<c>api/contacts/{id:guid}</c>).</summary>
    public string? Route { get; }

    /// <summary>Upper-case HTTP methods; empty means any.</summary>
    public IReadOnlyList<string> Methods { get; } = [];

    /// <summary>The NCRONTAB expression (six fields, seconds first).</summary>
    public string? Schedule { get; }

    public static HostedFunction From(RpcFunctionMetadata metadata)
    {
        foreach (var raw in metadata.RawBindings)
        {
            using var binding = JsonDocument.Parse(raw);
            var type = binding.RootElement.GetProperty("type").GetString() ?? "";
            if (type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            {
                return new HostedFunction(metadata, binding.RootElement.Clone());
            }
        }
        throw new InvalidOperationException($"Function {metadata.Name} has no trigger binding.");
    }
}
