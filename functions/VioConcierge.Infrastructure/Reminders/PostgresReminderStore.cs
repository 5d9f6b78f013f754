using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Reminders;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Reminders;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

/// <summary>Reminder rows of the transaction's tenant, read with a row lock so one decision runs at a time.</summary>
public sealed class PostgresReminderStore : IReminderStore
{
    public Task<ReminderRow?> FindForUpdateAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ReminderRow>(
            "SELECT * FROM reminders WHERE tenant_id = @TenantId AND contact_id = @ContactId FOR UPDATE",
            new { uow.TenantId, ContactId = contactId }, ct);

    public Task<ReminderRow?> FindByIdForUpdateAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ReminderRow>(
            "SELECT * FROM reminders WHERE tenant_id = @TenantId AND id = @Id FOR UPDATE", new { uow.TenantId, Id = id }, ct);

    /// <summary>
    /// Creates the row unless another transaction just did; returns it locked either way (a row this transaction
    /// inserted is invisible to others, and their inserts of the same contact wait for it, until it ends).
    /// </summary>
    public async Task<ReminderRow> CreateOrLockAsync(IUnitOfWork uow, ReminderRow row, CancellationToken ct) =>
        await uow.QuerySingleOrDefaultAsync<ReminderRow>("""
            INSERT INTO reminders (tenant_id, id, contact_id, status, call_before_hours, created_at, updated_at)
            VALUES (@TenantId, @Id, @ContactId, 'idle', 0, @CreatedAt, @UpdatedAt)
            ON CONFLICT (tenant_id, contact_id) DO NOTHING
            RETURNING *
            """, row, ct)
        ?? (await FindForUpdateAsync(uow, row.ContactId, ct))!;

    /// <summary>
    /// The reminders of these contacts, created where missing, locked in contact order (so two batches never wait on
    /// each other in a cycle): two statements for any number of contacts.
    /// </summary>
    public async Task<IReadOnlyList<ReminderRow>> CreateOrLockManyAsync(
        IUnitOfWork uow, IReadOnlyList<Guid> contactIds, Func<Guid> newId, DateTimeOffset now, CancellationToken ct)
    {
        await uow.ExecuteAsync("""
            INSERT INTO reminders (tenant_id, id, contact_id, status, call_before_hours, created_at, updated_at)
            SELECT @TenantId, u.id, u.contact_id, 'idle', 0, @Now, @Now FROM unnest(@Ids, @ContactIds) AS u(id, contact_id)
            ORDER BY u.contact_id
            ON CONFLICT (tenant_id, contact_id) DO NOTHING
            """, new { uow.TenantId, Ids = contactIds.Select(_ => newId()).ToArray(), ContactIds = contactIds.ToArray(), Now = now }, ct);
        return (await uow.QueryAsync<ReminderRow>(
            "SELECT * FROM reminders WHERE tenant_id = @TenantId AND contact_id = ANY(@ContactIds) ORDER BY contact_id FOR UPDATE",
            new { uow.TenantId, ContactIds = contactIds.ToArray() }, ct)).ToList();
    }

    /// <summary>Saves many reminders in one statement (each row as <see cref="SaveAsync"/> would).</summary>
    public Task SaveManyAsync(IUnitOfWork uow, IReadOnlyList<ReminderRow> rows, CancellationToken ct) =>
        rows.Count == 0
            ? Task.CompletedTask
            : uow.ExecuteAsync("""
                UPDATE reminders r SET status = u.status, appointment_at = u.appointment_at, call_before_hours = u.call_before_hours,
                    attempts = u.attempts, next_call_at = u.next_call_at, timer_seq = u.timer_seq, call_attempt = u.call_attempt,
                    call_placed_at = u.call_placed_at, call_connected = u.call_connected, last_outcome = u.last_outcome,
                    done_reason = u.done_reason, waiting_for = u.waiting_for, updated_at = u.updated_at, version = r.version + 1
                FROM unnest(@Ids, @Statuses, @AppointmentAts, @CallBeforeHours, @Attempts, @NextCallAts, @TimerSeqs, @CallAttempts,
                            @CallPlacedAts, @CallConnected, @LastOutcomes, @DoneReasons, @WaitingFors, @UpdatedAts)
                    AS u(id, status, appointment_at, call_before_hours, attempts, next_call_at, timer_seq, call_attempt,
                         call_placed_at, call_connected, last_outcome, done_reason, waiting_for, updated_at)
                WHERE r.tenant_id = @TenantId AND r.id = u.id
                """, new
            {
                uow.TenantId,
                Ids = rows.Select(r => r.Id).ToArray(),
                Statuses = rows.Select(r => r.Status).ToArray(),
                AppointmentAts = rows.Select(r => r.AppointmentAt?.ToUniversalTime()).ToArray(),
                CallBeforeHours = rows.Select(r => r.CallBeforeHours).ToArray(),
                Attempts = rows.Select(r => r.Attempts).ToArray(),
                NextCallAts = rows.Select(r => r.NextCallAt?.ToUniversalTime()).ToArray(),
                TimerSeqs = rows.Select(r => r.TimerSeq).ToArray(),
                CallAttempts = rows.Select(r => r.CallAttempt).ToArray(),
                CallPlacedAts = rows.Select(r => r.CallPlacedAt?.ToUniversalTime()).ToArray(),
                CallConnected = rows.Select(r => r.CallConnected).ToArray(),
                LastOutcomes = rows.Select(r => r.LastOutcome).ToArray(),
                DoneReasons = rows.Select(r => r.DoneReason).ToArray(),
                WaitingFors = rows.Select(r => r.WaitingFor).ToArray(),
                UpdatedAts = rows.Select(r => r.UpdatedAt.ToUniversalTime()).ToArray(),
            }, ct);

    public Task SaveAsync(IUnitOfWork uow, ReminderRow row, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE reminders SET status = @Status, appointment_at = @AppointmentAt, call_before_hours = @CallBeforeHours,
                attempts = @Attempts, next_call_at = @NextCallAt, timer_seq = @TimerSeq, call_attempt = @CallAttempt,
                call_placed_at = @CallPlacedAt, call_connected = @CallConnected, last_outcome = @LastOutcome,
                done_reason = @DoneReason, waiting_for = @WaitingFor, updated_at = @UpdatedAt, version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id
            """, row, ct);

    /// <summary>Ids of the tenant's reminders that a pause or resume affects.</summary>
    public async Task<IReadOnlyList<Guid>> ContactsInStatusAsync(IUnitOfWork uow, string[] statuses, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("SELECT contact_id FROM reminders WHERE tenant_id = @TenantId AND status = ANY(@Statuses)",
            new { uow.TenantId, Statuses = statuses }, ct)).ToList();

    public Task<ReminderRow?> FindAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ReminderRow>(
            "SELECT * FROM reminders WHERE tenant_id = @TenantId AND contact_id = @ContactId", new { uow.TenantId, ContactId = contactId }, ct);
}
