using System.Text.Json;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Reminders;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// Carries out a decision's commands in the same transaction as the state: timers and calls become work items with
/// dedupe keys (a repeated decision never schedules twice), contact updates and timeline lines are written directly.
/// </summary>
public sealed class ReminderCommandRunner(
    PostgresWorkQueue queue,
    PostgresCallSessionStore sessions,
    PostgresTimelineStore timeline,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(UnitOfWork uow, ReminderRow reminder, IReadOnlyList<ReminderCommand> commands, DateTimeOffset now, CancellationToken ct)
    {
        CallSessionRow? placed = null;
        foreach (var command in commands)
        {
            switch (command)
            {
                case ReminderCommand.ScheduleTimer timer:
                    await EnqueueAsync(uow, ReminderWorkKinds.Timer, new TimerPayload(reminder.ContactId, timer.Seq), timer.At, $"reminder:{reminder.Id}:timer:{timer.Seq}", ct);
                    break;
                case ReminderCommand.PlaceCall place:
                    var session = placed = await sessions.CreateOnceAsync(uow, new CallSessionRow
                    {
                        TenantId = reminder.TenantId,
                        Id = Ids.New(time),
                        ContactId = reminder.ContactId,
                        ReminderId = reminder.Id,
                        Attempt = place.Attempt,
                        Kind = "reminder",
                        IdempotencyKey = $"{reminder.Id}:{place.Attempt}",
                        CreatedAt = now,
                        UpdatedAt = now,
                    }, ct);
                    // One placing item per try: a try refused by a limit is retried by a later timer (a new sequence).
                    await EnqueueAsync(uow, ReminderWorkKinds.PlaceCall, new CallSessionPayload(session.Id), now,
                        $"call:{session.Id}:place:{reminder.TimerSeq}", ct);
                    break;
                case ReminderCommand.ScheduleOutcomeCheck check:
                    await EnqueueAsync(uow, ReminderWorkKinds.OutcomeCheck, new AttemptPayload(reminder.ContactId, check.Attempt), check.At,
                        $"reminder:{reminder.Id}:check:{check.Attempt}", ct);
                    break;
                case ReminderCommand.StopCall stop when await sessions.FindByAttemptAsync(uow, reminder.Id, stop.Attempt, ct) is { } live:
                    await EnqueueAsync(uow, ReminderWorkKinds.StopCall, new CallSessionPayload(live.Id), now, $"call:{live.Id}:stop", ct);
                    break;
                case ReminderCommand.UpdateContact update:
                    await uow.ExecuteAsync("""
                        UPDATE contacts SET status = coalesce(@Status, status), call_attempts = call_attempts + @Count,
                            last_contact_at = coalesce(@ContactedAt, last_contact_at), updated_at = @Now, version = version + 1
                        WHERE tenant_id = @TenantId AND id = @ContactId
                        """, new { update.Status, Count = update.CountAttempt ? 1 : 0, update.ContactedAt, Now = now, uow.TenantId, reminder.ContactId }, ct);
                    break;
                case ReminderCommand.FlagContact flag:
                    await uow.ExecuteAsync("UPDATE contacts SET flagged_reason = @Reason WHERE tenant_id = @TenantId AND id = @ContactId",
                        new { flag.Reason, uow.TenantId, reminder.ContactId }, ct);
                    break;
                case ReminderCommand.NotifyStaff notify:
                    await EnqueueAsync(uow, ReminderWorkKinds.NotifyStaff, new StaffNotificationPayload(reminder.ContactId, notify.Kind), now,
                        $"reminder:{reminder.Id}:notify:{notify.Kind}:{reminder.Attempts}", ct);
                    break;
                case ReminderCommand.Timeline line:
                    var attemptSession = line.Attempt is not { } attempt ? null
                        : placed?.Attempt == attempt ? placed
                        : await sessions.FindByAttemptAsync(uow, reminder.Id, attempt, ct);
                    await timeline.AppendAsync(uow, new TimelineEntry
                    {
                        TenantId = reminder.TenantId,
                        Id = Ids.New(time),
                        ContactId = reminder.ContactId,
                        ReminderId = reminder.Id,
                        CallSessionId = attemptSession?.Id,
                        OccurredAt = now,
                        Code = line.Code,
                        At = line.At,
                        Attempt = line.Attempt,
                    }, ct);
                    break;
            }
        }
    }

    private Task<Guid?> EnqueueAsync<T>(UnitOfWork uow, string kind, T payload, DateTimeOffset dueAt, string dedupeKey, CancellationToken ct) =>
        queue.EnqueueAsync(uow, new WorkRequest(kind, JsonSerializer.Serialize(payload, Json), dueAt, uow.TenantId, dedupeKey), ct);
}
