using DurableTask.Core;

namespace VioConcierge.LocalHost.Durable;

/// <summary>
/// The task hub's orchestration service as the sidecar sees it: started at most once and stopped only if it started,
/// once, whoever asks first. The sidecar starts the service when the worker first asks for work items and stops it
/// from an <c>async void</c> callback when the host stops; the Azure Storage service throws on a stop without a start,
/// which from that callback would crash the process (a host stopped before its worker connected, as tests do).
/// A stopped hub never starts again: the sidecar's start can still be on its way when the host stops.
/// </summary>
public sealed class TaskHubLifetime(IOrchestrationService service) : IOrchestrationService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _started;
    private bool _stopped;

    public async Task StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_started && !_stopped)
            {
                await service.StartAsync();
                _started = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task StopAsync() => StopAsync(isForced: false);

    public async Task StopAsync(bool isForced)
    {
        await _gate.WaitAsync();
        try
        {
            if (_started && !_stopped)
            {
                await service.StopAsync(isForced);
            }
            _stopped = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public int TaskOrchestrationDispatcherCount => service.TaskOrchestrationDispatcherCount;
    public int MaxConcurrentTaskOrchestrationWorkItems => service.MaxConcurrentTaskOrchestrationWorkItems;
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => service.EventBehaviourForContinueAsNew;
    public int TaskActivityDispatcherCount => service.TaskActivityDispatcherCount;
    public int MaxConcurrentTaskActivityWorkItems => service.MaxConcurrentTaskActivityWorkItems;

    public Task CreateAsync() => service.CreateAsync();
    public Task CreateAsync(bool recreateInstanceStore) => service.CreateAsync(recreateInstanceStore);
    public Task CreateIfNotExistsAsync() => service.CreateIfNotExistsAsync();
    public Task DeleteAsync() => service.DeleteAsync();
    public Task DeleteAsync(bool deleteInstanceStore) => service.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        service.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => service.GetDelayInSecondsAfterOnProcessException(exception);
    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => service.GetDelayInSecondsAfterOnFetchException(exception);

    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        service.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => service.RenewTaskOrchestrationWorkItemLockAsync(workItem);
    public Task CompleteTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem, OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages, IList<TaskMessage> orchestratorMessages, IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage, OrchestrationState orchestrationState) =>
        service.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages,
            continuedAsNewMessage, orchestrationState);
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => service.AbandonTaskOrchestrationWorkItemAsync(workItem);
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => service.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        service.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => service.RenewTaskActivityWorkItemLockAsync(workItem);
    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        service.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => service.AbandonTaskActivityWorkItemAsync(workItem);
}
