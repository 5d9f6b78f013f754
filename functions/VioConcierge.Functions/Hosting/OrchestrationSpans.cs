using System.Diagnostics;
using OpenTelemetry;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Tags every span started while an orchestration's activity runs (its database statements, its calls to Retell or
/// Storage) with the orchestration's instance id (<see cref="InstanceIdTag"/>), so one search finds all a reminder's
/// or a campaign's work. The id is held for the activity's async flow only, and never sent to a provider.
/// </summary>
public sealed class OrchestrationSpans : BaseProcessor<Activity>
{
    public const string InstanceIdTag = "vio.orchestration.instance_id";

    private static readonly AsyncLocal<string?> InstanceId = new();

    /// <summary>Marks the work of <paramref name="instanceId"/>'s activity until the returned scope is disposed.</summary>
    public static IDisposable Begin(string? instanceId)
    {
        var before = InstanceId.Value;
        InstanceId.Value = instanceId;
        Activity.Current?.SetTag(InstanceIdTag, instanceId);
        return new Scope(before);
    }

    public override void OnStart(Activity data)
    {
        if (InstanceId.Value is { } id)
        {
            data.SetTag(InstanceIdTag, id);
        }
    }

    private sealed class Scope(string? before) : IDisposable
    {
        public void Dispose() => InstanceId.Value = before;
    }
}
