using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Reminders;

/// <summary>Reminder rows of the transaction's tenant, read with a row lock so one decision runs at a time.</summary>
public sealed class PostgresReminderStore
{
    public Task<ReminderRow?> FindForUpdateAsync(UnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ReminderRow>(
            "SELECT * FROM reminders WHERE tenant_id = @TenantId AND contact_id = @ContactId FOR UPDATE",
            new { uow.TenantId, ContactId = contactId }, ct);

    public Task<ReminderRow?> FindByIdForUpdateAsync(UnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ReminderRow>(
            "SELECT * FROM reminders WHERE tenant_id = @TenantId AND id = @Id FOR UPDATE", new { uow.TenantId, Id = id }, ct);

    /// <summary>
    /// Creates the row unless another transaction just did; returns it locked either way (a row this transaction
    /// inserted is invisible to others, and their inserts of the same contact wait for it, until it ends).
    /// </summary>
    public async Task<ReminderRow> CreateOrLockAsync(UnitOfWork uow, ReminderRow row, CancellationToken ct) =>
        await uow.QuerySingleOrDefaultAsync<ReminderRow>("""
            INSERT INTO reminders (tenant_id, id, contact_id, status, call_before_hours, created_at, updated_at)
            VALUES (@TenantId, @Id, @ContactId, 'idle', 0, @CreatedAt, @UpdatedAt)
            ON CONFLICT (tenant_id, contact_id) DO NOTHING
            RETURNING *
            """, row, ct)
        ?? (await FindForUpdateAsync(uow, row.ContactId, ct))!;

    public Task SaveAsync(UnitOfWork uow, ReminderRow row, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE reminders SET status = @Status, appointment_at = @AppointmentAt, call_before_hours = @CallBeforeHours,
                attempts = @Attempts, next_call_at = @NextCallAt, timer_seq = @TimerSeq, call_attempt = @CallAttempt,
                call_placed_at = @CallPlacedAt, call_connected = @CallConnected, last_outcome = @LastOutcome,
                done_reason = @DoneReason, updated_at = @UpdatedAt, version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id
            """, row, ct);

    /// <summary>Ids of the tenant's reminders that a pause or resume affects.</summary>
    public async Task<IReadOnlyList<Guid>> ContactsInStatusAsync(UnitOfWork uow, string[] statuses, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("SELECT contact_id FROM reminders WHERE tenant_id = @TenantId AND status = ANY(@Statuses)",
            new { uow.TenantId, Statuses = statuses }, ct)).ToList();
}
