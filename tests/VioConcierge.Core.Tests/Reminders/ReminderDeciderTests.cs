using VioConcierge.Core.Reminders;
using static VioConcierge.Core.Reminders.ReminderCommand;
using static VioConcierge.Core.Reminders.ReminderEvent;

namespace VioConcierge.Core.Tests.Reminders;

public class ReminderDeciderTests
{
    // Tuesday 1 Dec 2026, 09:00 London (GMT). Appointment Friday 4 Dec 10:00: the 24 h call is Thursday 10:00.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Appointment = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CallAt = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly ReminderPolicy Policy = ReminderPolicy.From(new CallSettings(), new CallingPolicy());

    private static Decision Decide(ReminderState state, ReminderEvent e, DateTimeOffset? at = null, ReminderPolicy? policy = null) =>
        ReminderDecider.Decide(state, e, at ?? Now, policy ?? Policy);

    private static ReminderState Scheduled() => Decide(ReminderState.New, new AppointmentSet(Appointment, 24)).State;

    private static ReminderState Calling(int attempt = 1)
    {
        var state = Scheduled() with { Attempts = attempt - 1 };
        return Decide(state, new TimerFired(state.TimerSeq), CallAt).State;
    }

    [Fact]
    public void AppointmentSet_OnANewReminder_SchedulesTheCallTimerAtTheTarget()
    {
        var decision = Decide(ReminderState.New, new AppointmentSet(Appointment, 24));

        Assert.Equal(ReminderStatus.Scheduled, decision.State.Status);
        Assert.Equal(CallAt, decision.State.NextCallAt);
        Assert.Contains(new ScheduleTimer(CallAt, 1), decision.Commands);
    }

    [Fact]
    public void AppointmentSet_SameAppointmentAgain_ChangesNothing()
    {
        var state = Scheduled();

        var decision = Decide(state, new AppointmentSet(Appointment, 24));

        Assert.Same(state, decision.State);
        Assert.Empty(decision.Commands);
    }

    [Fact]
    public void AppointmentSet_Moved_ReplansWithANewTimerAndResetsAttempts()
    {
        var state = Scheduled() with { Attempts = 1 };

        var decision = Decide(state, new AppointmentSet(Appointment.AddDays(7), 24));

        Assert.Equal(0, decision.State.Attempts);
        Assert.Equal(CallAt.AddDays(7), decision.State.NextCallAt);
        Assert.Contains(new ScheduleTimer(CallAt.AddDays(7), state.TimerSeq + 1), decision.Commands);
    }

    [Fact]
    public void AppointmentSet_MovedDuringACall_StopsTheCallAndReplans()
    {
        var decision = Decide(Calling(), new AppointmentSet(Appointment.AddDays(7), 24), CallAt);

        Assert.Contains(new StopCall(1), decision.Commands);
        Assert.Equal(ReminderStatus.Scheduled, decision.State.Status);
    }

    [Fact]
    public void AppointmentSet_TooSoonForAnyAllowedMoment_IsDoneWithTooLate()
    {
        var decision = Decide(ReminderState.New, new AppointmentSet(Now.AddHours(1), 24));

        Assert.Equal((ReminderStatus.Done, "too_late"), (decision.State.Status, decision.State.DoneReason));
        Assert.DoesNotContain(decision.Commands, c => c is ScheduleTimer);
    }

    [Fact]
    public void AppointmentSet_InThePast_IsDoneAppointmentPassed()
    {
        Assert.Equal("appointment_passed", Decide(ReminderState.New, new AppointmentSet(Now.AddDays(-1), 24)).State.DoneReason);
    }

    [Fact]
    public void AppointmentSet_OnASaturdayTarget_MovesToFridayAndRecordsWhy()
    {
        var saturdayTarget = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

        var decision = Decide(ReminderState.New, new AppointmentSet(saturdayTarget, 24));

        Assert.Equal(DayOfWeek.Friday, decision.State.NextCallAt!.Value.DayOfWeek);
        Assert.Contains(decision.Commands, c => c is Timeline { Code: "weekend" });
    }

    [Fact]
    public void TimerFired_Current_PlacesAttemptOneAndSchedulesTheOutcomeCheck()
    {
        var state = Scheduled();

        var decision = Decide(state, new TimerFired(state.TimerSeq), CallAt);

        Assert.Equal(ReminderStatus.Calling, decision.State.Status);
        Assert.Contains(new PlaceCall(1), decision.Commands);
        Assert.Contains(new ScheduleOutcomeCheck(1, CallAt.AddMinutes(30)), decision.Commands);
    }

    [Fact]
    public void TimerFired_Stale_IsIgnored()
    {
        var state = Scheduled();

        var decision = Decide(state, new TimerFired(state.TimerSeq - 1), CallAt);

        Assert.Same(state, decision.State);
        Assert.Empty(decision.Commands);
    }

    [Fact]
    public void TimerFired_LateOutsideTheWindow_MovesToTheNextAllowedMoment()
    {
        var state = Scheduled();
        var lateAtNight = new DateTimeOffset(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);

        var decision = Decide(state, new TimerFired(state.TimerSeq), lateAtNight);

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero), decision.State.NextCallAt);
        Assert.Contains(decision.Commands, c => c is Timeline { Code: "outside_window" });
        Assert.DoesNotContain(decision.Commands, c => c is PlaceCall);
    }

    [Theory]
    [InlineData(CallOutcome.Confirmed, "confirmed", "confirmed", "appointment_confirmed")]
    [InlineData(CallOutcome.Cancelled, "cancelled", "cancelled", "appointment_cancelled")]
    [InlineData(CallOutcome.RescheduleRequested, "rescheduled", "reschedule_requested", "reschedule_requested")]
    public void Outcome_Decisive_UpdatesTheContactFinishesAndTellsTheStaff(CallOutcome outcome, string contactStatus, string reason, string notified)
    {
        var decision = Decide(Calling(), new OutcomeReceived(1, outcome), CallAt.AddMinutes(2));

        Assert.Equal((ReminderStatus.Done, reason), (decision.State.Status, decision.State.DoneReason));
        Assert.Contains(new UpdateContact(contactStatus, true, CallAt.AddMinutes(2)), decision.Commands);
        Assert.Equal([new NotifyStaff(notified)], decision.Commands.OfType<NotifyStaff>());
    }

    [Theory]
    [InlineData(CallOutcome.NoAnswer, 2)]
    [InlineData(CallOutcome.Voicemail, 8)]
    [InlineData(CallOutcome.Busy, 1)]
    [InlineData(CallOutcome.Declined, 8)]
    [InlineData(CallOutcome.Unclear, 2)]
    [InlineData(CallOutcome.Failed, 2)]
    public void Outcome_Unreached_CountsTheAttemptAndRetriesAfterTheOutcomesDelay(CallOutcome outcome, int hours)
    {
        var decision = Decide(Calling(), new OutcomeReceived(1, outcome), CallAt);

        Assert.Equal(ReminderStatus.Scheduled, decision.State.Status);
        Assert.Equal(1, decision.State.Attempts);
        Assert.Equal(CallAt.AddHours(hours), decision.State.NextCallAt);
        Assert.Contains(new UpdateContact(null, true, CallAt), decision.Commands);
    }

    [Fact]
    public void Outcome_UnreachedOnTheLastAttempt_IsAttemptsExhausted()
    {
        var decision = Decide(Calling(attempt: 3), new OutcomeReceived(3, CallOutcome.NoAnswer), CallAt);

        Assert.Equal((ReminderStatus.Done, "attempts_exhausted"), (decision.State.Status, decision.State.DoneReason));
        Assert.Equal([new NotifyStaff("attempts_exhausted")], decision.Commands.OfType<NotifyStaff>());
    }

    [Fact]
    public void Outcome_UnreachedWithAttemptsLeft_TellsNoOne()
    {
        var decision = Decide(Calling(attempt: 2), new OutcomeReceived(2, CallOutcome.NoAnswer), CallAt);

        Assert.Empty(decision.Commands.OfType<NotifyStaff>());
    }

    [Fact]
    public void Outcome_WithRetriesOff_OneAttemptOnly()
    {
        var noRetries = ReminderPolicy.From(new CallSettings { AutomaticRetries = false }, new CallingPolicy());
        var state = Calling();

        var decision = Decide(state, new OutcomeReceived(1, CallOutcome.NoAnswer), CallAt, noRetries);

        Assert.Equal("attempts_exhausted", decision.State.DoneReason);
    }

    [Fact]
    public void Outcome_RetryWouldPassTheCutOff_IsTooLate()
    {
        var late = Calling() with { AppointmentAt = CallAt.AddHours(3) };

        var decision = Decide(late, new OutcomeReceived(1, CallOutcome.NoAnswer), CallAt);

        Assert.Equal("too_late", decision.State.DoneReason);
    }

    [Fact]
    public void Outcome_InvalidNumber_StopsAndFlagsTheContact()
    {
        var decision = Decide(Calling(), new OutcomeReceived(1, CallOutcome.InvalidNumber), CallAt);

        Assert.Equal("invalid_number", decision.State.DoneReason);
        Assert.Contains(new FlagContact("invalid_number"), decision.Commands);
        Assert.Equal([new NotifyStaff("invalid_number")], decision.Commands.OfType<NotifyStaff>());
    }

    [Fact]
    public void Outcome_Capacity_RequeuesSoonWithoutCountingTheAttempt()
    {
        var decision = Decide(Calling(), new OutcomeReceived(1, CallOutcome.Capacity), CallAt);

        Assert.Equal(ReminderStatus.Scheduled, decision.State.Status);
        Assert.Equal(0, decision.State.Attempts);
        Assert.Equal(CallAt.AddMinutes(5), decision.State.NextCallAt);
        Assert.DoesNotContain(decision.Commands, c => c is UpdateContact);
    }

    [Theory]
    [InlineData(CallOutcome.ProviderError, 1, 30)]
    [InlineData(CallOutcome.SystemError, 1, 30)]
    [InlineData(CallOutcome.ProviderError, 2, 60)]
    public void Outcome_ProviderOrSystemError_RetriesWithBackoff(CallOutcome outcome, int attempt, int minutes)
    {
        var decision = Decide(Calling(attempt), new OutcomeReceived(attempt, outcome), CallAt);

        Assert.Equal((ReminderStatus.Scheduled, attempt), (decision.State.Status, decision.State.Attempts));
        Assert.Equal(CallAt.AddMinutes(minutes), decision.State.NextCallAt);
    }

    [Theory]
    [InlineData(CallOutcome.Spam, "caller_id_flagged")]
    [InlineData(CallOutcome.Transferred, "transferred")]
    [InlineData(CallOutcome.Stopped, "call_stopped")]
    public void Outcome_ThatEndsTheReminder_StopsWithoutChangingTheAppointmentStatus(CallOutcome outcome, string reason)
    {
        var decision = Decide(Calling(), new OutcomeReceived(1, outcome), CallAt);

        Assert.Equal((ReminderStatus.Done, reason), (decision.State.Status, decision.State.DoneReason));
        Assert.Contains(new UpdateContact(null, true, CallAt), decision.Commands);
    }

    [Fact]
    public void Outcome_AccountProblem_WaitsAnHourWithoutCountingTheAttempt()
    {
        var decision = Decide(Calling(), new OutcomeReceived(1, CallOutcome.AccountProblem), CallAt);

        Assert.Equal((ReminderStatus.Scheduled, 0), (decision.State.Status, decision.State.Attempts));
        Assert.Equal(CallAt.AddHours(1), decision.State.NextCallAt);
        Assert.Contains(new Timeline("outcome_account_problem", CallAt, 1), decision.Commands);
    }

    [Fact]
    public void Outcome_ForAnotherAttemptOrTwice_IsIgnored()
    {
        var calling = Calling();
        var first = Decide(calling, new OutcomeReceived(1, CallOutcome.Confirmed), CallAt);

        Assert.Empty(Decide(calling, new OutcomeReceived(2, CallOutcome.Confirmed), CallAt).Commands);
        Assert.Empty(Decide(first.State, new OutcomeReceived(1, CallOutcome.Confirmed), CallAt).Commands);
    }

    [Fact]
    public void OutcomeTimedOut_TreatsTheAttemptAsFailedAndRetries()
    {
        var decision = Decide(Calling(), new OutcomeTimedOut(1), CallAt.AddMinutes(30));

        Assert.Equal(1, decision.State.Attempts);
        Assert.Contains(decision.Commands, c => c is Timeline { Code: "outcome_timed_out" });
        Assert.Equal(ReminderStatus.Scheduled, decision.State.Status);
    }

    [Fact]
    public void CallDeferred_ByRateLimit_WaitsWithoutCountingAndRecordsWhy()
    {
        var decision = Decide(Calling(), new CallDeferred(1, CallAt.AddMinutes(7), "rate_limited"), CallAt);

        Assert.Equal((ReminderStatus.Scheduled, 0), (decision.State.Status, decision.State.Attempts));
        Assert.Equal(CallAt.AddMinutes(7), decision.State.NextCallAt);
        Assert.Contains(decision.Commands, c => c is Timeline { Code: "rate_limited" });
    }

    [Fact]
    public void CallDeferred_AgainForTheSameReason_WaitsQuietly_AndANewReasonIsRecorded()
    {
        var first = Decide(Calling(), new CallDeferred(1, CallAt.AddMinutes(1), "concurrency_limit"), CallAt);
        var calling = Decide(first.State, new TimerFired(first.State.TimerSeq), CallAt.AddMinutes(1)).State;
        var again = Decide(calling, new CallDeferred(1, CallAt.AddMinutes(2), "concurrency_limit"), CallAt.AddMinutes(1));
        var callingAgain = Decide(again.State, new TimerFired(again.State.TimerSeq), CallAt.AddMinutes(2)).State;
        var otherReason = Decide(callingAgain, new CallDeferred(1, CallAt.AddMinutes(9), "rate_limited"), CallAt.AddMinutes(2));

        Assert.Contains(first.Commands, c => c is Timeline { Code: "concurrency_limit" });
        Assert.DoesNotContain(again.Commands, c => c is Timeline);
        Assert.Equal(CallAt.AddMinutes(2), again.State.NextCallAt);
        Assert.Contains(again.Commands, c => c is ScheduleTimer);
        Assert.Contains(otherReason.Commands, c => c is Timeline { Code: "rate_limited" });
    }

    [Theory]
    [InlineData(1, "concurrency_limit")] // a minute after its 1-hour timing: still made
    [InlineData(31, "too_late")] // past halfway from the timing to the appointment
    public void CallDeferred_OneHourReminderAtItsTiming_WaitsUntilHalfwayToTheAppointment(int minutes, string code)
    {
        var oneHourBefore = Appointment.AddHours(-1);
        var scheduled = Decide(ReminderState.New, new AppointmentSet(Appointment, 1)).State;
        Assert.Equal(oneHourBefore, scheduled.NextCallAt);
        var calling = Decide(scheduled, new TimerFired(scheduled.TimerSeq), oneHourBefore).State;

        var decision = Decide(calling, new CallDeferred(1, oneHourBefore.AddMinutes(minutes), "concurrency_limit"), oneHourBefore);

        Assert.Contains(decision.Commands, c => c is Timeline t && t.Code == code);
        Assert.Equal(code == "too_late" ? null : oneHourBefore.AddMinutes(minutes), decision.State.NextCallAt);
    }

    [Theory]
    [InlineData("stopped_by_staff")]
    [InlineData("contact_deleted")]
    [InlineData("do_not_call")]
    public void Stopped_WhileCalling_StopsTheLiveCall(string reason)
    {
        var decision = Decide(Calling(), new Stopped(reason), CallAt);

        Assert.Equal((ReminderStatus.Done, reason), (decision.State.Status, decision.State.DoneReason));
        Assert.Contains(new StopCall(1), decision.Commands);
    }

    [Fact]
    public void Stopped_WhenScheduled_SupersedesTheTimer()
    {
        var state = Scheduled();

        var stopped = Decide(state, new Stopped("stopped_by_staff")).State;

        Assert.Empty(Decide(stopped, new TimerFired(state.TimerSeq), CallAt).Commands);
    }

    [Fact]
    public void TenantPausedThenResumed_NothingDialsWhilePaused_ThenReplans()
    {
        var state = Scheduled();

        var paused = Decide(state, new TenantPaused()).State;
        var timerWhilePaused = Decide(paused, new TimerFired(state.TimerSeq), CallAt);
        var resumed = Decide(paused, new TenantResumed(), Now.AddHours(1));

        Assert.Equal(ReminderStatus.Paused, paused.Status);
        Assert.Empty(timerWhilePaused.Commands);
        Assert.Equal(ReminderStatus.Scheduled, resumed.State.Status);
        Assert.Equal(CallAt, resumed.State.NextCallAt);
        Assert.Contains(new ScheduleTimer(CallAt, resumed.State.TimerSeq), resumed.Commands);
    }

    [Fact]
    public void TenantPaused_DuringACall_StopsIt()
    {
        var decision = Decide(Calling(), new TenantPaused(), CallAt);

        Assert.Contains(new StopCall(1), decision.Commands);
        Assert.Equal(ReminderStatus.Paused, decision.State.Status);
    }

    [Theory]
    [MemberData(nameof(EveryEventForADoneReminder))]
    public void Done_IgnoresEverythingButANewAppointment(ReminderEvent e)
    {
        var done = Decide(Calling(), new OutcomeReceived(1, CallOutcome.Confirmed), CallAt).State;

        var decision = Decide(done, e, CallAt);

        Assert.Same(done, decision.State);
        Assert.Empty(decision.Commands);
    }

    public static TheoryData<ReminderEvent> EveryEventForADoneReminder => new()
    {
        new Stopped("stopped_by_staff"),
        new TimerFired(1),
        new TimerFired(2),
        new CallDeferred(1, CallAt, "rate_limited"),
        new CallConnected(1),
        new OutcomeReceived(1, CallOutcome.NoAnswer),
        new OutcomeTimedOut(1),
        new TenantPaused(),
        new TenantResumed(),
        new AppointmentSet(Appointment, 24),
    };
}
