using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Creating, reading and changing one contact for a signed-in user: permission and version checks here, the write
/// itself (validation, PHI screening, encryption, groups, audit, reminder sync) through <see cref="ContactWriter"/>, and
/// an audit entry for every view.
/// </summary>
public sealed class ContactService(
    ITransactions database,
    IContactStore contacts,
    ContactWriter writer,
    IContactCipher cipher,
    IAuditLog audit)
{
    public async Task<Result<ContactResponse>> CreateAsync(CurrentUser me, ContactRequest request, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var written = await writer.CreateAsync(uow, ContactActor.From(me), request.ToInput(), request.Groups, null, ct);
        return await RespondAsync(uow, written, ct);
    }

    public async Task<Result<ContactResponse>> GetAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await contacts.FindAsync(uow, id, includeDeleted: true, ct);
        if (row is null)
        {
            return Result<ContactResponse>.NotFound();
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.ContactViewed, id), ct);
        await uow.CommitAsync(ct);
        return Result<ContactResponse>.Ok(ContactResponse.From(row, cipher));
    }

    public async Task<Result<ContactResponse>> UpdateAsync(CurrentUser me, Guid id, ContactRequest request, int? expectedVersion, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await contacts.FindAsync(uow, id, includeDeleted: false, ct);
        if (row is null)
        {
            return Result<ContactResponse>.NotFound();
        }
        if (Denied(me, row) is { } denied)
        {
            return denied;
        }
        if (expectedVersion is { } expected && expected != row.Version)
        {
            return Result<ContactResponse>.Conflict("The contact was changed elsewhere; reload it and try again.");
        }
        var written = await writer.UpdateAsync(uow, ContactActor.From(me), row, request.ToInput(), request.Groups, null, ct);
        return await RespondAsync(uow, written, ct);
    }

    private async Task<Result<ContactResponse>> RespondAsync(IUnitOfWork uow, Result<ContactWrite> written, CancellationToken ct)
    {
        if (written.Value is not { } saved)
        {
            return written.Kind == FailureKind.Invalid ? written.Failure! with { Detail = null } : written.Failure!;
        }
        await uow.CommitAsync(ct);
        return Result<ContactResponse>.Ok(ContactResponse.From(saved.Row, cipher) with { PhiWarnings = saved.Warnings });
    }

    public static Failure? Denied(CurrentUser me, ContactRow row) =>
        RolePermissions.Has(me.Role, Permission.ManageContacts) || row.CreatedBy == me.UserId
            ? null
            : new Failure(FailureKind.Forbidden, Detail: "Staff can change only the contacts they created.");

    public static AuditEntry Entry(CurrentUser me, string action, Guid contactId) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "contact", contactId.ToString(), ClientIp: me.ClientIp);
}
