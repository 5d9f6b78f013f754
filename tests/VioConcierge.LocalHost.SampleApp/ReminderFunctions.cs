using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace VioConcierge.LocalHost.SampleApp;

/// <summary>
/// A reminder-shaped orchestration: started over HTTP through a Durable client, it waits on a durable timer, runs an
/// activity, then waits for an external event raised over HTTP, and its status is read over HTTP.
/// </summary>
public sealed class ReminderFunctions
{
    [Function(nameof(StartReminder))]
    public async Task<IActionResult> StartReminder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reminders/{id}")] HttpRequest request, string id,
        [DurableClient] DurableTaskClient client)
    {
        var instance = await client.ScheduleNewOrchestrationInstanceAsync(nameof(Remind), id, new StartOrchestrationOptions(InstanceId: id));
        return new OkObjectResult(new { instance });
    }

    [Function(nameof(ReportOutcome))]
    public async Task<IActionResult> ReportOutcome(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reminders/{id}/outcome/{outcome}")] HttpRequest request, string id, string outcome,
        [DurableClient] DurableTaskClient client)
    {
        await client.RaiseEventAsync(id, "outcome", outcome);
        return new AcceptedResult();
    }

    [Function(nameof(ReminderStatus))]
    public async Task<IActionResult> ReminderStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reminders/{id}")] HttpRequest request, string id,
        [DurableClient] DurableTaskClient client)
    {
        var state = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        return state is null ? new NotFoundResult() : new OkObjectResult(new
        {
            status = state.RuntimeStatus.ToString(),
            custom = state.SerializedCustomStatus,
            output = state.SerializedOutput,
        });
    }

    [Function(nameof(Remind))]
    public async Task<string> Remind([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var id = context.GetInput<string>()!;
        await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(2), CancellationToken.None);
        var call = await context.CallActivityAsync<string>(nameof(PlaceCall), id);
        context.SetCustomStatus(call);
        var outcome = await context.WaitForExternalEvent<string>("outcome");
        return $"{call}:{outcome}";
    }

    [Function(nameof(PlaceCall))]
    public string PlaceCall([ActivityTrigger] string id) => $"call-for-{id}";
}
