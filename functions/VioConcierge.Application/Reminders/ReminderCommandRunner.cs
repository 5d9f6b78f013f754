using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// Carries out a decision's commands in the same transaction as the state: timers and calls become work items with
/// dedupe keys (a repeated decision never schedules twice), contact updates and timeline lines are written directly.
/// </summary>
public sealed class ReminderCommandRunner(
    IWorkQueue queue,
    ICallSessionStore sessions,
    IContactCallState contacts,
    ITimelineStore timeline,
    TimeProvider time)
{
    public async Task RunAsync(IUnitOfWork uow, ReminderRow reminder, IReadOnlyList<ReminderCommand> commands, DateTimeOffset now, CancellationToken ct)
    {
        CallSessionRow? placed = null;
        foreach (var command in commands)
        {
            switch (command)
            {
                case ReminderCommand.ScheduleTimer or ReminderCommand.ScheduleOutcomeCheck or ReminderCommand.NotifyStaff:
                    await queue.EnqueueAsync(uow, WorkFor(uow, reminder, command, now), ct);
                    break;
                case ReminderCommand.PlaceCall place:
                    placed = await sessions.CreateOnceAsync(uow, NewSession(reminder, place.Attempt, now), ct);
                    await queue.EnqueueManyAsync(uow, CallSessionWork.For(uow.TenantId, placed, now), ct);
                    break;
                case ReminderCommand.StopCall stop when await sessions.FindByAttemptAsync(uow, reminder.Id, stop.Attempt, ct) is { } live:
                    await EnqueueAsync(uow, WorkKinds.StopCall, new CallSessionPayload(live.Id), now, $"call:{live.Id}:stop", ct);
                    break;
                case ReminderCommand.UpdateContact update:
                    await contacts.ApplyCallResultAsync(uow, reminder.ContactId,
                        new ContactCallResult(update.Status, update.CountAttempt, update.ContactedAt), now, ct);
                    break;
                case ReminderCommand.FlagContact flag:
                    await contacts.FlagAsync(uow, reminder.ContactId, flag.Reason, ct);
                    break;
                case ReminderCommand.Timeline line:
                    var attemptSession = line.Attempt is not { } attempt ? null
                        : placed?.Attempt == attempt ? placed
                        : await sessions.FindByAttemptAsync(uow, reminder.Id, attempt, ct);
                    await timeline.AppendAsync(uow, Line(reminder, line, attemptSession?.Id, now), ct);
                    break;
            }
        }
    }

    /// <summary>
    /// Runs many reminders' commands with one statement per kind: timers, outcome checks, staff notifications and
    /// timeline lines, and the call a fired timer places (its session, its placing item and its timeline line, as
    /// <see cref="RunAsync"/> would write them). A reminder with any other command (stopping a call, updating the
    /// contact) runs through <see cref="RunAsync"/>, in order.
    /// </summary>
    public async Task RunManyAsync(
        IUnitOfWork uow, IReadOnlyList<(ReminderRow Reminder, IReadOnlyList<ReminderCommand> Commands)> decisions, DateTimeOffset now, CancellationToken ct)
    {
        var work = new List<WorkRequest>();
        var lines = new List<TimelineEntry>();
        var calls = new List<(ReminderRow Reminder, CallSessionRow Session, IReadOnlyList<ReminderCommand.Timeline> Lines)>();
        foreach (var (reminder, commands) in decisions)
        {
            var place = commands.OfType<ReminderCommand.PlaceCall>().SingleOrDefault();
            if (!commands.All(command => IsBatchable(command) || command is ReminderCommand.PlaceCall
                    || (command is ReminderCommand.Timeline { Attempt: { } attempt } && attempt == place?.Attempt)))
            {
                await RunAsync(uow, reminder, commands, now, ct);
                continue;
            }
            foreach (var command in commands)
            {
                switch (command)
                {
                    case ReminderCommand.PlaceCall call:
                        calls.Add((reminder, NewSession(reminder, call.Attempt, now), commands.OfType<ReminderCommand.Timeline>().Where(t => t.Attempt is not null).ToArray()));
                        break;
                    case ReminderCommand.Timeline { Attempt: null } line:
                        lines.Add(Line(reminder, line, null, now));
                        break;
                    case ReminderCommand.Timeline:
                        break;
                    default:
                        work.Add(WorkFor(uow, reminder, command, now));
                        break;
                }
            }
        }
        if (calls.Count > 0)
        {
            var sessionsByKey = await sessions.CreateOnceManyAsync(uow, calls.Select(call => call.Session).ToArray(), ct);
            foreach (var (reminder, wanted, attemptLines) in calls)
            {
                var session = sessionsByKey[wanted.IdempotencyKey];
                work.AddRange(CallSessionWork.For(uow.TenantId, session, now));
                lines.AddRange(attemptLines.Select(line => Line(reminder, line, session.Id, now)));
            }
        }
        await queue.EnqueueManyAsync(uow, work, ct);
        await timeline.AppendManyAsync(uow, lines, ct);
    }

    /// <summary>
    /// The session of a reminder's try. The timer's sequence number is part of the key: a try deferred before dialling
    /// (limits, provider capacity or set-up) is dialled again under a new key, while a repeated decision for the same
    /// timer finds the same session and never dials twice. The engine let the decision dial only with a slot
    /// (<see cref="ReminderDialSlots"/>), taken in this transaction.
    /// </summary>
    private CallSessionRow NewSession(ReminderRow reminder, int attempt, DateTimeOffset now) => CallSessionRow.WithSlot(
        reminder.TenantId, Ids.New(time), reminder.ContactId, "reminder", $"{reminder.Id}:{attempt}:{reminder.TimerSeq}", now,
        reminderId: reminder.Id, attempt: attempt);

    private static bool IsBatchable(ReminderCommand command) => command is ReminderCommand.ScheduleTimer
        or ReminderCommand.ScheduleOutcomeCheck or ReminderCommand.NotifyStaff or ReminderCommand.Timeline { Attempt: null };

    private static WorkRequest WorkFor(IUnitOfWork uow, ReminderRow reminder, ReminderCommand command, DateTimeOffset now) => command switch
    {
        ReminderCommand.ScheduleTimer timer => Request(uow, WorkKinds.Timer, new TimerPayload(reminder.ContactId, timer.Seq), timer.At,
            $"reminder:{reminder.Id}:timer:{timer.Seq}"),
        ReminderCommand.ScheduleOutcomeCheck check => Request(uow, WorkKinds.OutcomeCheck,
            new AttemptPayload(reminder.ContactId, check.Attempt, reminder.TimerSeq), check.At, $"reminder:{reminder.Id}:check:{check.Attempt}:{reminder.TimerSeq}"),
        ReminderCommand.NotifyStaff notify => NotificationWork.For(new NotificationEvent(notify.Kind, reminder.ContactId), uow.TenantId,
            now, $"reminder:{reminder.Id}:{notify.Kind}:{reminder.TimerSeq}"),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a work item command."),
    };

    private TimelineEntry Line(ReminderRow reminder, ReminderCommand.Timeline line, Guid? callSessionId, DateTimeOffset now) => new()
    {
        TenantId = reminder.TenantId,
        Id = Ids.New(time),
        ContactId = reminder.ContactId,
        ReminderId = reminder.Id,
        CallSessionId = callSessionId,
        OccurredAt = now,
        Code = line.Code,
        At = line.At,
        Attempt = line.Attempt,
    };

    private static WorkRequest Request<T>(IUnitOfWork uow, string kind, T payload, DateTimeOffset dueAt, string dedupeKey) =>
        new(kind, WorkPayload.Write(payload), dueAt, uow.TenantId, dedupeKey);

    private Task<Guid?> EnqueueAsync<T>(IUnitOfWork uow, string kind, T payload, DateTimeOffset dueAt, string dedupeKey, CancellationToken ct) =>
        queue.EnqueueAsync(uow, new WorkRequest(kind, WorkPayload.Write(payload), dueAt, uow.TenantId, dedupeKey), ct);
}
