using System.Text.Json;
using Microsoft.DurableTask;
using Moq;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Reminders;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>
/// A reminder call's orchestrator driven by a mocked orchestration context, as Durable Task replays it: while its
/// reminder waits for the call, it waits for the outcome event or its wake; on the outcome it reads the reminder,
/// decides with <see cref="ReminderDecider"/> itself and has an activity carry the decision out; a reminder settled
/// otherwise ends it. The same history gives the same commands and the same decision.
/// </summary>
public sealed class ReminderCallOrchestratorTests
{
    private static readonly DateTime Start = new(2027, 2, 16, 10, 0, 0, DateTimeKind.Utc);
    private static readonly ReminderCallWatch Watch = new(Guid.NewGuid(), Guid.NewGuid(), TimeSpan.FromMinutes(5));
    private static readonly ReminderCallOutcome Confirmed = new(Watch.TenantId, Watch.CallSessionId, Guid.NewGuid(), 1, CallOutcome.Confirmed);
    private static readonly ReminderPolicy Policy = new(new CallingPolicy(), AutomaticRetries: true, MaxRetryAttempts: 2, RetryDelays.Default);

    private static readonly ReminderSnapshot Calling = new(
        new ReminderState(ReminderStatus.Calling, Start.AddDays(1), 24, 0, null, 1, new ActiveCall(1, Start.AddMinutes(-2)), null, null),
        Policy, Start.AddMinutes(1), Version: 3);

    [Fact]
    public async Task OutcomeArrives_IsDecidedInTheOrchestration_AndCarriedOut_ReplayingToTheSameDecision()
    {
        var first = await RunAsync(Watch, Calling, outcomeArrives: true);
        var replayed = await RunAsync(Watch, Calling, outcomeArrives: true);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "read", "carry out v3: timeline,notify_staff,update_contact"], first.Commands);
        Assert.Equal(first.Commands, replayed.Commands);
        Assert.Equal(JsonSerializer.Serialize(first.Decided), JsonSerializer.Serialize(replayed.Decided));
        Assert.Equal((ReminderStatus.Done, "confirmed"), (first.Decided!.State.Status, first.Decided.State.DoneReason));
        Assert.Equal(ReminderCallFunctions.Applied, first.Output);
    }

    [Fact]
    public async Task ReminderChangedBeforeTheDecisionWasCarriedOut_DecidesAgainOnTheNextPass()
    {
        var changed = await RunAsync(Watch, Calling, outcomeArrives: true, carriedOut: false);
        var next = await RunAsync(Watch with { Pending = Confirmed }, Calling);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "read", "carry out v3: timeline,notify_staff,update_contact", "continue as new pending Confirmed"],
            changed.Commands);
        Assert.Equal(["read", "carry out v3: timeline,notify_staff,update_contact"], next.Commands);
        Assert.Equal(ReminderCallFunctions.Applied, next.Output);
    }

    [Fact]
    public async Task OutcomeOfAnAttemptNoLongerCurrent_EndsWithoutCarryingAnythingOut()
    {
        var scheduled = Calling with { State = Calling.State with { Status = ReminderStatus.Scheduled, Call = null } };

        var (commands, output, _) = await RunAsync(Watch, scheduled, outcomeArrives: true);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "read"], commands);
        Assert.Equal(ReminderCallFunctions.SettledElsewhere, output);
    }

    [Fact]
    public async Task NoOutcomeBeforeItsWake_ReminderStillWaits_ContinuesAsNew_KeepingAnEventThatArrivesMeanwhile()
    {
        var (commands, _, _) = await RunAsync(Watch, Calling);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "awaited?", "continue as new"], commands);
    }

    [Fact]
    public async Task NoOutcomeBeforeItsWake_ReminderNoLongerWaits_TheOrchestrationEnds()
    {
        var (commands, output, _) = await RunAsync(Watch, Calling, awaited: false);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "awaited?"], commands);
        Assert.Equal(ReminderCallFunctions.SettledElsewhere, output);
    }

    [Fact]
    public async Task ReadingTheReminderFails_TheOutcomeIsKeptAndDecidedOnTheNextPass()
    {
        var (failed, _, _) = await RunAsync(Watch, reminder: null, outcomeArrives: true);
        var next = await RunAsync(Watch with { Pending = Confirmed }, Calling);

        Assert.Equal(["timer 10:05:00", "wait call-outcome", "stop waiting", "read", "timer 10:00:30", "continue as new pending Confirmed"], failed);
        Assert.Equal(["read", "carry out v3: timeline,notify_staff,update_contact"], next.Commands);
    }

    /// <summary>Runs one pass; reading the reminder answers <paramref name="reminder"/> (null: it throws).</summary>
    private static async Task<(List<string> Commands, string Output, Decision? Decided)> RunAsync(
        ReminderCallWatch watch, ReminderSnapshot? reminder, bool awaited = true, bool outcomeArrives = false, bool carriedOut = true)
    {
        var commands = new List<string>();
        Decision? decided = null;
        var context = new Mock<TaskOrchestrationContext>();
        context.Setup(c => c.GetInput<ReminderCallWatch>()).Returns(watch);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        context.Setup(c => c.CallActivityAsync<bool>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                if (name.Name == nameof(ReminderCallFunctions.ReminderCallAwaited))
                {
                    Assert.Equal(watch, input);
                    commands.Add("awaited?");
                    return Task.FromResult(awaited);
                }
                Assert.Equal(nameof(ReminderCallFunctions.CarryOutCallDecision), name.Name);
                var decision = Assert.IsType<ReminderCallDecision>(input);
                decided = decision.Decision;
                commands.Add($"carry out v{decision.Reminder.Version}: {string.Join(",", decision.Decision.Commands.Select(CommandName))}");
                return Task.FromResult(carriedOut);
            });
        context.Setup(c => c.CallActivityAsync<ReminderSnapshot?>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                Assert.Equal(nameof(ReminderCallFunctions.ReadCalledReminder), name.Name);
                Assert.Equal(Confirmed, input);
                commands.Add("read");
                return reminder is not null
                    ? Task.FromResult<ReminderSnapshot?>(reminder)
                    : Task.FromException<ReminderSnapshot?>(new TaskFailedException(name, 1, new InvalidOperationException("database away")));
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
        return (commands, output, decided);
    }

    /// <summary>A command's kind as its JSON names it (what the activity receives).</summary>
    private static string CommandName(ReminderCommand command) =>
        JsonDocument.Parse(JsonSerializer.Serialize(command)).RootElement.GetProperty("command").GetString()!;
}
