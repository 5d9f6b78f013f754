using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>The contact columns calling reads and writes, in the transaction's tenant.</summary>
public sealed class PostgresContactCallState : IContactCallState
{
    private const string DoNotCall =
        "(c.opted_out OR EXISTS (SELECT 1 FROM do_not_call d WHERE d.tenant_id = c.tenant_id AND d.phone = c.phone))";

    public Task<CallFacts?> CallFactsAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<CallFacts>($"""
            SELECT c.id AS contact_id, c.name, c.phone, c.appointment_at, c.timezone, c.appointment_type, c.owner_name,
                   c.company_name, c.duration_minutes, c.special_instructions, c.deleted_at IS NOT NULL AS deleted,
                   {DoNotCall} AS do_not_call,
                   coalesce(t.trading_name, t.name) AS tenant_name, t.status AS tenant_status, t.timezone AS tenant_timezone
            FROM contacts c JOIN tenants t ON t.id = c.tenant_id
            WHERE c.tenant_id = @TenantId AND c.id = @ContactId
            """, new { uow.TenantId, ContactId = contactId }, ct);

    public async Task<IReadOnlyList<ContactReminderFacts>> ReminderFactsAsync(IUnitOfWork uow, IReadOnlyList<Guid> contactIds, CancellationToken ct) =>
        (await uow.QueryAsync<ContactReminderFacts>($"""
            SELECT c.id, c.appointment_at, c.call_before_hours, c.status, c.deleted_at IS NOT NULL AS deleted,
                   {DoNotCall} AS do_not_call
            FROM contacts c WHERE c.tenant_id = @TenantId AND c.id = ANY(@Ids)
            ORDER BY c.id
            """, new { uow.TenantId, Ids = contactIds.ToArray() }, ct)).ToList();

    public Task RecordLastCallAsync(IUnitOfWork uow, Guid contactId, string outcome, DateTimeOffset endedAt, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE contacts SET last_call_outcome = @Outcome, last_contact_at = @EndedAt
            WHERE tenant_id = @TenantId AND id = @ContactId
            """, new { Outcome = outcome, EndedAt = endedAt, uow.TenantId, ContactId = contactId }, ct);

    public Task ApplyCallResultAsync(IUnitOfWork uow, Guid contactId, ContactCallResult result, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE contacts SET status = coalesce(@Status, status), call_attempts = call_attempts + @Count,
                last_contact_at = coalesce(@ContactedAt, last_contact_at),
                flagged_reason = CASE WHEN @Invalid THEN 'invalid_number' ELSE flagged_reason END, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = @ContactId
            """, new
        {
            result.Status,
            Count = result.CountAttempt ? 1 : 0,
            result.ContactedAt,
            Invalid = result.InvalidNumber,
            Now = now,
            uow.TenantId,
            ContactId = contactId,
        }, ct);

    public Task FlagAsync(IUnitOfWork uow, Guid contactId, string reason, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE contacts SET flagged_reason = @Reason WHERE tenant_id = @TenantId AND id = @ContactId",
            new { Reason = reason, uow.TenantId, ContactId = contactId }, ct);

    public Task<bool> IsFlaggedInvalidNumberAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("SELECT flagged_reason = 'invalid_number' IS TRUE FROM contacts WHERE tenant_id = @TenantId AND id = @Id",
            new { uow.TenantId, Id = contactId }, ct);

    public async Task<bool> SetOptedOutAsync(IUnitOfWork uow, Guid contactId, bool optedOut, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE contacts SET opted_out = @OptedOut, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id AND deleted_at IS NULL
            """, new { uow.TenantId, Id = contactId, OptedOut = optedOut, Now = now }, ct) > 0;

    public async Task<IReadOnlyList<Guid>> IdsWithPhoneAsync(IUnitOfWork uow, string phone, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("SELECT id FROM contacts WHERE tenant_id = @TenantId AND phone = @Phone AND deleted_at IS NULL",
            new { uow.TenantId, Phone = phone }, ct)).ToList();
}
