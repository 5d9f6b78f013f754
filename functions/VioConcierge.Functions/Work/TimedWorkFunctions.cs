using Microsoft.DurableTask;
using VioConcierge.Functions.Hosting;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// Work that must run at its moment (a reminder's timer: decide, take a dialling slot, create the call session) as a
/// Durable orchestration: the relay starts it shortly before the item is due, it waits on a durable timer, then runs
/// the item in an activity, retrying a failed run after a durable timer until the attempts are spent (the item is then
/// dead-lettered, listed and replayed like any other). The orchestrator only awaits timers and activities, so a replay
/// of its history takes the same steps.
/// </summary>
public sealed class TimedWorkFunctions(WorkRunner runner)
{
    [Function(nameof(TimedWork))]
    public static async Task<WorkRunResult> TimedWork([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var work = context.GetInput<TimedWork>() ?? throw new InvalidOperationException("A timed work orchestration needs its input.");
        if (work.RunAt > context.CurrentUtcDateTime)
        {
            await context.CreateTimer(work.RunAt, CancellationToken.None);
        }
        for (var attempt = 1; ; attempt++)
        {
            var result = await RunAsync(context, new TimedWorkRun(work.Message, attempt, context.InstanceId));
            if (result != WorkRunResult.Retry || attempt >= work.MaxAttempts)
            {
                return result;
            }
            await context.CreateTimer(context.CurrentUtcDateTime + work.RetryAfter, CancellationToken.None);
        }
    }

    [Function(nameof(RunTimedWork))]
    public async Task<WorkRunResult> RunTimedWork([ActivityTrigger] TimedWorkRun run, CancellationToken ct)
    {
        using var spans = OrchestrationSpans.Begin(run.InstanceId);
        return await runner.RunAsync(run.Message, run.Attempt, ct);
    }

    /// <summary>One run; a run that threw (not a failure the runner recorded) is tried again like one.</summary>
    private static async Task<WorkRunResult> RunAsync(TaskOrchestrationContext context, TimedWorkRun run)
    {
        try
        {
            return await context.CallActivityAsync<WorkRunResult>(nameof(RunTimedWork), run);
        }
        catch (TaskFailedException)
        {
            return WorkRunResult.Retry;
        }
    }
}
