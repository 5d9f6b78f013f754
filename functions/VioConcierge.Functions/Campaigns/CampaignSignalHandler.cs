using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using VioConcierge.Application.Campaigns;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Work;

namespace VioConcierge.Functions.Campaigns;

/// <summary>
/// A campaign was started or changed: start its orchestration, or raise the event that wakes it to read the campaign
/// again. An instance that ended while its campaign had not (terminated by an operator) is purged and started anew;
/// a campaign that ended makes the new instance end at its first step. Run again after a crash, it raises one more
/// wake, which changes nothing. Its item was committed with the change, so the change and the signal never part.
/// </summary>
public sealed class CampaignSignalHandler(ILogger<CampaignSignalHandler> logger) : IWorkHandler
{
    public string Kind => WorkKinds.CampaignSignal;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var run = new CampaignRun(item.TenantId!.Value, WorkPayload.Read<CampaignSignalPayload>(item).CampaignId);
        var client = InvocationDurableClient.Current;
        var instance = await client.GetInstanceAsync(run.InstanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
        {
            await client.RaiseEventAsync(run.InstanceId, CampaignOrchestrationFunctions.ChangedEvent, "changed", cancellationToken);
            return;
        }
        if (instance is not null)
        {
            logger.LogWarning("Campaign {CampaignId}'s orchestration had ended ({Status}); starting it again", run.CampaignId, instance.RuntimeStatus);
            await client.PurgeInstanceAsync(run.InstanceId, cancellation: cancellationToken);
        }
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(CampaignOrchestrationFunctions.RunCampaign), run,
            new StartOrchestrationOptions(run.InstanceId), cancellationToken);
    }
}
