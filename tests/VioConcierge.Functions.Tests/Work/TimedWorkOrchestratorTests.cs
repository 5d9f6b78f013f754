using Microsoft.DurableTask;
using Moq;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// The timed-work orchestrator driven by a mocked orchestration context, as Durable Task replays it: the same history
/// gives the same commands (it reads no clock, setting or random value of its own), and a failed run is retried after
/// a durable timer until the attempts are spent.
/// </summary>
public sealed class TimedWorkOrchestratorTests
{
    private static readonly DateTime Start = new(2027, 2, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly WorkMessage Message = new("reminders.timer", [new WorkMessage.Lease(Guid.NewGuid(), Guid.NewGuid())]);

    [Fact]
    public async Task WaitsUntilDue_RunsTheItem_RetriesAfterTheTimer_AndReplaysToTheSameCommands()
    {
        var work = new TimedWork(Message, Start.AddSeconds(45), MaxAttempts: 5, RetryAfter: TimeSpan.FromSeconds(10));

        var (first, result) = await RunAsync(work, WorkRunResult.Retry, WorkRunResult.Done);
        var (replayed, _) = await RunAsync(work, WorkRunResult.Retry, WorkRunResult.Done);

        Assert.Equal(WorkRunResult.Done, result);
        Assert.Equal(["timer 10:00:45", "run 1", "timer 10:00:55", "run 2"], first);
        Assert.Equal(first, replayed);
    }

    [Fact]
    public async Task StartedAfterItsMoment_RunsAtOnce_WithoutWaitingAgain()
    {
        var work = new TimedWork(Message, Start.AddSeconds(-7), MaxAttempts: 5, RetryAfter: TimeSpan.FromSeconds(10));

        var (commands, result) = await RunAsync(work, WorkRunResult.Done);

        Assert.Equal(WorkRunResult.Done, result);
        Assert.Equal(["run 1"], commands);
    }

    [Fact]
    public async Task DueAlready_RunsAtOnce_AndStopsRetryingWhenTheAttemptsAreSpent()
    {
        var work = new TimedWork(Message, Start, MaxAttempts: 2, RetryAfter: TimeSpan.FromSeconds(10));

        var (commands, result) = await RunAsync(work, WorkRunResult.Retry, WorkRunResult.Retry, WorkRunResult.Done);

        Assert.Equal(WorkRunResult.Retry, result);
        Assert.Equal(["run 1", "timer 10:00:10", "run 2"], commands);
    }

    [Fact]
    public async Task ARunThatThrows_IsRetriedLikeAFailedOne_AndADeadItemEndsIt()
    {
        var work = new TimedWork(Message, Start, MaxAttempts: 5, RetryAfter: TimeSpan.FromSeconds(10));

        var (commands, result) = await RunAsync(work, null, WorkRunResult.Poisoned);

        Assert.Equal(WorkRunResult.Poisoned, result);
        Assert.Equal(["run 1", "timer 10:00:10", "run 2"], commands);
    }

    /// <summary>Runs the orchestrator; each activity call answers the next of <paramref name="answers"/> (null: it throws).</summary>
    private static async Task<(List<string> Commands, WorkRunResult Result)> RunAsync(TimedWork work, params WorkRunResult?[] answers)
    {
        var commands = new List<string>();
        var now = Start;
        var next = 0;
        var context = new Mock<TaskOrchestrationContext>();
        context.Setup(c => c.GetInput<TimedWork>()).Returns(work);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(() => now);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns((DateTime at, CancellationToken _) =>
        {
            commands.Add($"timer {at:HH:mm:ss}");
            now = at;
            return Task.CompletedTask;
        });
        context.Setup(c => c.CallActivityAsync<WorkRunResult>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                var run = Assert.IsType<TimedWorkRun>(input);
                Assert.Equal(nameof(TimedWorkFunctions.RunTimedWork), name.Name);
                Assert.Same(Message, run.Message);
                commands.Add($"run {run.Attempt}");
                return answers[next++] is { } answer
                    ? Task.FromResult(answer)
                    : Task.FromException<WorkRunResult>(new TaskFailedException(name, 1, new InvalidOperationException("activity failed")));
            });

        var result = await TimedWorkFunctions.TimedWork(context.Object);
        return (commands, result);
    }
}
