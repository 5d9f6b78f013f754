using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.DoNotCall;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.DoNotCall;

/// <summary>
/// The tenant's do-not-call list (UK numbers in any written form, stored as E.164) and a contact's own opt-out. A
/// change re-syncs the reminders of the contacts it touches, so their calls stop (or may resume) at once.
/// </summary>
public sealed class DoNotCallService(
    ITransactions database, IDoNotCallStore list, IContactCallState contacts, ReminderSync reminders, IAuditLog audit, TimeProvider time)
{
    public const int ReasonMaxLength = 200;

    public async Task<IReadOnlyList<DoNotCallEntry>> ListAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await list.ListAsync(uow, ct);
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
        if (!await list.AddAsync(uow, phone.E164, request.Reason?.Trim(), me.UserId, now, ct))
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
        if (!await list.RemoveAsync(uow, phone.E164, ct))
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
        if (!await contacts.SetOptedOutAsync(uow, contactId, optedOut, time.GetUtcNow(), ct))
        {
            return Result<bool>.NotFound();
        }
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.ContactOptOutChanged, "contact",
            contactId.ToString(), new AuditChanges().Set("optedOut", optedOut).Build(), me.ClientIp), ct);
        await reminders.EnqueueAsync(uow, [contactId], ct);
        await uow.CommitAsync(ct);
        return Result<bool>.Ok(optedOut);
    }

    private async Task ChangedAsync(IUnitOfWork uow, CurrentUser me, string phone, string action, CancellationToken ct)
    {
        await reminders.EnqueueAsync(uow, await contacts.IdsWithPhoneAsync(uow, phone, ct), ct);
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), action, "do_not_call", null,
            new AuditChanges().Set("phone", phone).Build(), me.ClientIp), ct);
    }
}
