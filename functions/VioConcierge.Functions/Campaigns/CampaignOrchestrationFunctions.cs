using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Campaigns;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Functions.Campaigns;

/// <summary>
/// A campaign is an orchestration (one per campaign): it runs a step (<see cref="CampaignStepper"/>, which calls the
/// next contact when the campaign row says one is due), then sleeps on a durable timer until the next step, or, while
/// the campaign is paused, until it changes. Pause, resume and cancel commit to the campaign row and raise the
/// <see cref="ChangedEvent"/> (<see cref="CampaignSignalHandler"/>), which wakes it to read the row again. Each wake
/// continues as new, so its history stays a few events long however many contacts it calls. The orchestrator only
/// awaits its activity, a timer and the event: a replay of its history takes the same steps.
/// </summary>
public sealed class CampaignOrchestrationFunctions(CampaignStepper stepper, IOptions<CampaignOptions> options, TimeProvider time)
{
    public const string ChangedEvent = "campaign-changed";

    /// <summary>How long the orchestration waits before it tries a step that failed (the database was away) again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    [Function(nameof(RunCampaign))]
    public static async Task RunCampaign([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var run = context.GetInput<CampaignRun>() ?? throw new InvalidOperationException("A campaign orchestration needs its input.");
        CampaignWake wake;
        try
        {
            wake = await context.CallActivityAsync<CampaignWake>(nameof(StepCampaign), run);
        }
        catch (TaskFailedException)
        {
            wake = new CampaignWake("running", context.CurrentUtcDateTime + RetryAfterFailure);
        }
        switch (wake.Status)
        {
            case "ended":
                return;
            case "paused":
                await context.WaitForExternalEvent<string>(ChangedEvent);
                break;
            default:
                await UntilTimeOrChangeAsync(context, wake.WakeAt ?? context.CurrentUtcDateTime);
                break;
        }
        context.ContinueAsNew(run, preserveUnprocessedEvents: true);
    }

    [Function(nameof(StepCampaign))]
    public async Task<CampaignWake> StepCampaign([ActivityTrigger] CampaignRun run, CancellationToken ct)
    {
        using var spans = OrchestrationSpans.Begin(run.InstanceId);
        var next = await stepper.StepAsync(run.TenantId, run.CampaignId, ct);
        if (next.At is not { } at)
        {
            return new CampaignWake(next.Status, null);
        }
        // Durable timers run on real time, whatever clock the app reads (the tests' runs ahead of it).
        var wait = at - time.GetUtcNow();
        var capped = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.Value.WakeEvery ? options.Value.WakeEvery : wait;
        return new CampaignWake(next.Status, DateTime.UtcNow + capped);
    }

    private static async Task UntilTimeOrChangeAsync(TaskOrchestrationContext context, DateTime wakeAt)
    {
        if (wakeAt <= context.CurrentUtcDateTime)
        {
            return;
        }
        using var stop = new CancellationTokenSource();
        var timer = context.CreateTimer(wakeAt, stop.Token);
        var changed = context.WaitForExternalEvent<string>(ChangedEvent, stop.Token);
        await Task.WhenAny(timer, changed);
        stop.Cancel();
    }
}
