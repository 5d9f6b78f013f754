using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Reminders;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.DoNotCall;

/// <summary>
/// The tenant's do-not-call list (UK numbers in any written form, stored as E.164) and a contact's own opt-out. A
/// change re-syncs the reminders of the contacts it touches, so their calls stop (or may resume) at once.
/// </summary>
public sealed class DoNotCallService(Database database, ReminderSync reminders, PostgresAuditLog audit, TimeProvider time)
{
    public const int ReasonMaxLength = 200;

    public async Task<IReadOnlyList<DoNotCallEntry>> ListAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return (await uow.QueryAsync<DoNotCallEntry>(
            "SELECT phone, reason, created_at FROM do_not_call WHERE tenant_id = @TenantId ORDER BY created_at DESC", new { uow.TenantId }, ct)).ToArray();
    }

    public async Task<Result<DoNotCallEntry>> AddAsync(CurrentUser me, DoNotCallRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors().AddIf(request.Reason?.Length > ReasonMaxLength, "reason", $"Reason must be at most {ReasonMaxLength} characters.");
        if (!UkPhoneNumber.TryParse(request.Phone, out var phone))
        {
            errors.Add("phone", "Phone must be a valid UK number.");
        }
        if (!errors.IsEmpty)
        {
            return Result<DoNotCallEntry>.Invalid(errors);
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var added = await uow.ExecuteAsync("""
            INSERT INTO do_not_call (tenant_id, phone, reason, created_by, created_at) VALUES (@TenantId, @Phone, @Reason, @By, @Now)
            ON CONFLICT DO NOTHING
            """, new { uow.TenantId, Phone = phone.E164, Reason = request.Reason?.Trim(), By = me.UserId, Now = now }, ct);
        if (added == 0)
        {
            return Result<DoNotCallEntry>.Conflict("This number is already on the do-not-call list.");
        }
        await ChangedAsync(uow, me, phone.E164, AuditActions.DoNotCallAdded, ct);
        await uow.CommitAsync(ct);
        return Result<DoNotCallEntry>.Ok(new DoNotCallEntry { Phone = phone.E164, Reason = request.Reason?.Trim(), CreatedAt = now });
    }

    public async Task<Result<bool>> RemoveAsync(CurrentUser me, string phoneText, CancellationToken ct)
    {
        if (!UkPhoneNumber.TryParse(phoneText, out var phone))
        {
            return Result<bool>.NotFound();
        }
        await using var uow = await database.BeginForAsync(me, ct);
        if (await uow.ExecuteAsync("DELETE FROM do_not_call WHERE tenant_id = @TenantId AND phone = @Phone", new { uow.TenantId, Phone = phone.E164 }, ct) == 0)
        {
            return Result<bool>.NotFound();
        }
        await ChangedAsync(uow, me, phone.E164, AuditActions.DoNotCallRemoved, ct);
        await uow.CommitAsync(ct);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<bool>> SetOptOutAsync(CurrentUser me, Guid contactId, bool optedOut, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var changed = await uow.ExecuteAsync("""
            UPDATE contacts SET opted_out = @OptedOut, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id AND deleted_at IS NULL
            """, new { uow.TenantId, Id = contactId, OptedOut = optedOut, Now = time.GetUtcNow() }, ct);
        if (changed == 0)
        {
            return Result<bool>.NotFound();
        }
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.ContactOptOutChanged, "contact",
            contactId.ToString(), new AuditChanges().Set("optedOut", optedOut).Build(), me.ClientIp), ct);
        await reminders.EnqueueAsync(uow, [contactId], ct);
        await uow.CommitAsync(ct);
        return Result<bool>.Ok(optedOut);
    }

    private async Task ChangedAsync(UnitOfWork uow, CurrentUser me, string phone, string action, CancellationToken ct)
    {
        var contacts = await uow.QueryAsync<Guid>("SELECT id FROM contacts WHERE tenant_id = @TenantId AND phone = @Phone AND deleted_at IS NULL",
            new { uow.TenantId, Phone = phone }, ct);
        await reminders.EnqueueAsync(uow, contacts, ct);
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), action, "do_not_call", null,
            new AuditChanges().Set("phone", phone).Build(), me.ClientIp), ct);
    }
}
