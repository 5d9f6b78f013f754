using Microsoft.DurableTask;
using Moq;
using VioConcierge.Functions.Campaigns;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// The campaign orchestrator driven by a mocked orchestration context, as Durable Task replays it: after each step it
/// sleeps until the next one or a change (pause, resume, cancel) and continues as new; paused, it waits for a change
/// only; ended, it stops. The same history gives the same commands.
/// </summary>
public sealed class CampaignOrchestratorTests
{
    private static readonly DateTime Start = new(2027, 2, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly CampaignRun Run = new(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public async Task Running_SleepsUntilTheNextStepOrAChange_ThenContinuesAsNew_AndReplaysToTheSameCommands()
    {
        var wake = new CampaignWake("running", Start.AddMinutes(5));

        var first = await RunAsync(wake, timerFires: true);
        var replayed = await RunAsync(wake, timerFires: true);
        var changed = await RunAsync(wake, timerFires: false, changeArrives: true);

        Assert.Equal(["step", "timer 10:05:00", "wait campaign-changed", "stop waiting", "continue as new"], first);
        Assert.Equal(first, replayed);
        Assert.Equal(first, changed);
    }

    [Fact]
    public async Task StepDueAlready_RunsTheNextAtOnce_WithoutATimer()
    {
        var commands = await RunAsync(new CampaignWake("running", Start.AddSeconds(-1)));

        Assert.Equal(["step", "continue as new"], commands);
    }

    [Fact]
    public async Task Paused_WaitsForAChangeOnly()
    {
        var commands = await RunAsync(new CampaignWake("paused", null), changeArrives: true);

        Assert.Equal(["step", "wait campaign-changed", "continue as new"], commands);
    }

    [Fact]
    public async Task Ended_Stops()
    {
        var commands = await RunAsync(new CampaignWake("ended", null));

        Assert.Equal(["step"], commands);
    }

    [Fact]
    public async Task AStepThatFails_IsTriedAgainAfterAMinute()
    {
        var commands = await RunAsync(wake: null, timerFires: true);

        Assert.Equal(["step", "timer 10:01:00", "wait campaign-changed", "stop waiting", "continue as new"], commands);
    }

    /// <summary>Runs one pass; the step answers <paramref name="wake"/> (null: it throws).</summary>
    private static async Task<List<string>> RunAsync(CampaignWake? wake, bool timerFires = false, bool changeArrives = false)
    {
        var commands = new List<string>();
        var context = new Mock<TaskOrchestrationContext>();
        context.Setup(c => c.GetInput<CampaignRun>()).Returns(Run);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        context.Setup(c => c.CallActivityAsync<CampaignWake>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                Assert.Equal(nameof(CampaignOrchestrationFunctions.StepCampaign), name.Name);
                Assert.Equal(Run, input);
                commands.Add("step");
                return wake is not null
                    ? Task.FromResult(wake)
                    : Task.FromException<CampaignWake>(new TaskFailedException(name, 1, new InvalidOperationException("database away")));
            });
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns((DateTime at, CancellationToken token) =>
        {
            commands.Add($"timer {at:HH:mm:ss}");
            token.Register(() => commands.Add("stop waiting"));
            return timerFires ? Task.CompletedTask : new TaskCompletionSource().Task;
        });
        context.Setup(c => c.WaitForExternalEvent<string>(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns((string name, CancellationToken _) =>
        {
            commands.Add($"wait {name}");
            return changeArrives ? Task.FromResult("changed") : new TaskCompletionSource<string>().Task;
        });
        context.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>())).Callback((object? input, bool keepEvents) =>
        {
            Assert.Equal(Run, input);
            Assert.True(keepEvents, "a change that arrives meanwhile must reach the next pass");
            commands.Add("continue as new");
        });

        await CampaignOrchestrationFunctions.RunCampaign(context.Object);
        return commands;
    }
}
