using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>Soft delete, restore and the manual status override of one contact, each audited with its change.</summary>
public sealed class ContactLifecycleService(
    ITransactions database,
    IContactStore contacts,
    ContactWriter writer,
    IContactCipher cipher,
    ReminderSync reminders,
    IAuditLog audit,
    TimeProvider time)
{
    public const int ReasonMaxLength = 500;

    public async Task<Result<bool>> DeleteAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        await SetDeletedAsync(me, id, delete: true, ct);

    public async Task<Result<bool>> RestoreAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        await SetDeletedAsync(me, id, delete: false, ct);

    public async Task<Result<ContactResponse>> SetStatusAsync(
        CurrentUser me, Guid id, string? status, string? reason, int? expectedVersion, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .AddIf(!ContactStatus.IsValid(status), "status", $"Status must be one of: {string.Join(", ", ContactStatus.All)}.")
            .AddIf(reason?.Length > ReasonMaxLength, "reason", $"Reason must be at most {ReasonMaxLength} characters.");
        if (!errors.IsEmpty)
        {
            return Result<ContactResponse>.Invalid(errors);
        }
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await contacts.FindAsync(uow, id, includeDeleted: false, ct);
        if (row is null)
        {
            return Result<ContactResponse>.NotFound();
        }
        if (ContactService.Denied(me, row) is { } denied)
        {
            return denied;
        }
        if (expectedVersion is { } expected && expected != row.Version)
        {
            return Result<ContactResponse>.Conflict("The contact was changed elsewhere; reload it and try again.");
        }
        if (!await writer.SetStatusAsync(uow, ContactActor.From(me), row, status!, reason, ct))
        {
            return Result<ContactResponse>.Conflict("The contact was changed elsewhere; reload it and try again.");
        }
        var saved = (await contacts.FindAsync(uow, id, false, ct))!;
        await uow.CommitAsync(ct);
        return Result<ContactResponse>.Ok(ContactResponse.From(saved, cipher));
    }

    private async Task<Result<bool>> SetDeletedAsync(CurrentUser me, Guid id, bool delete, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        if (!await contacts.SetDeletedAsync(uow, id, delete ? now : null, now, ct))
        {
            return Result<bool>.NotFound();
        }
        await audit.AppendAsync(uow, ContactService.Entry(me, delete ? AuditActions.ContactDeleted : AuditActions.ContactRestored, id), ct);
        await reminders.EnqueueAsync(uow, [id], ct);
        await uow.CommitAsync(ct);
        return Result<bool>.Ok(true);
    }
}
