using Microsoft.DurableTask;
using Moq;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Reminders;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// A reminder call's orchestrator driven by a mocked orchestration context, as Durable Task replays it: while its
/// reminder waits for the call, it waits for the outcome event or its wake; the outcome it receives is applied by an
/// activity; a reminder settled otherwise ends it. The same history gives the same commands.
/// </summary>
public sealed class ReminderCallOrchestratorTests
{
    private static readonly DateTime Start = new(2027, 2, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly ReminderCallWatch Watch = new(Guid.NewGuid(), Guid.NewGuid(), TimeSpan.FromMinutes(5));
    private static readonly ReminderCallOutcome Confirmed = new(Watch.TenantId, Watch.CallSessionId, Guid.NewGuid(), 1, CallOutcome.Confirmed);

    [Fact]
    public async Task OutcomeArrives_IsAppliedToTheReminder_AndReplaysToTheSameCommands()
    {
        var (first, output) = await RunAsync(Watch, outcomeArrives: true);
        var (replayed, _) = await RunAsync(Watch, outcomeArrives: true);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "apply Confirmed"], first);
        Assert.Equal(first, replayed);
        Assert.Equal(ReminderCallFunctions.Applied, output);
    }

    [Fact]
    public async Task NoOutcomeBeforeItsWake_ReminderStillWaits_ContinuesAsNew_KeepingAnEventThatArrivesMeanwhile()
    {
        var (commands, _) = await RunAsync(Watch);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "awaited?", "continue as new"], commands);
    }

    [Fact]
    public async Task NoOutcomeBeforeItsWake_ReminderNoLongerWaits_TheOrchestrationEnds()
    {
        var (commands, output) = await RunAsync(Watch, awaited: false);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "awaited?"], commands);
        Assert.Equal(ReminderCallFunctions.SettledElsewhere, output);
    }

    [Fact]
    public async Task ApplyingFails_TheOutcomeIsKeptAndAppliedOnTheNextPass()
    {
        var (failed, _) = await RunAsync(Watch, outcomeArrives: true, applyFails: true);
        var (next, output) = await RunAsync(Watch with { Pending = Confirmed });

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "apply Confirmed", "timer 10:00:30", "continue as new pending Confirmed"], failed);
        Assert.Equal(["apply Confirmed"], next);
        Assert.Equal(ReminderCallFunctions.Applied, output);
    }

    private static async Task<(List<string> Commands, string Output)> RunAsync(
        ReminderCallWatch watch, bool awaited = true, bool outcomeArrives = false, bool applyFails = false)
    {
        var commands = new List<string>();
        var context = new Mock<TaskOrchestrationContext>();
        context.Setup(c => c.GetInput<ReminderCallWatch>()).Returns(watch);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        context.Setup(c => c.CallActivityAsync<bool>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                Assert.Equal(nameof(ReminderCallFunctions.ReminderCallAwaited), name.Name);
                Assert.Equal(watch, input);
                commands.Add("awaited?");
                return Task.FromResult(awaited);
            });
        context.Setup(c => c.CallActivityAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                Assert.Equal(nameof(ReminderCallFunctions.ApplyReminderCallOutcome), name.Name);
                commands.Add($"apply {((ReminderCallOutcome)input!).Outcome}");
                return applyFails ? Task.FromException(new TaskFailedException(name, 1, new InvalidOperationException("database away"))) : Task.CompletedTask;
            });
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns((DateTime at, CancellationToken token) =>
        {
            commands.Add($"timer {at:HH:mm:ss}");
            token.Register(() => commands.Add("stop waiting"));
            return outcomeArrives && at == Start + watch.WakeEvery ? new TaskCompletionSource().Task : Task.CompletedTask;
        });
        context.Setup(c => c.WaitForExternalEvent<ReminderCallOutcome>(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string name, CancellationToken _) =>
            {
                commands.Add($"wait {name}");
                return outcomeArrives ? Task.FromResult(Confirmed) : new TaskCompletionSource<ReminderCallOutcome>().Task;
            });
        context.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>())).Callback((object? input, bool keepEvents) =>
        {
            Assert.True(keepEvents, "an outcome that arrives meanwhile must reach the next pass");
            var next = Assert.IsType<ReminderCallWatch>(input);
            Assert.Equal(watch with { Pending = next.Pending }, next);
            commands.Add(next.Pending is { } pending ? $"continue as new pending {pending.Outcome}" : "continue as new");
        });

        var output = await ReminderCallFunctions.WatchReminderCall(context.Object);
        return (commands, output);
    }
}
