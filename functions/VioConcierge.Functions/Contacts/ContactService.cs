using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Reminders;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Contacts;
using VioConcierge.Infrastructure.Groups;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Contacts;

/// <summary>
/// Creating, reading and changing one contact: validation, PHI screening, encryption of notes and instructions,
/// group membership, and an audit entry in the same transaction as every change and every view.
/// </summary>
public sealed class ContactService(
    Database database,
    PostgresContactStore contacts,
    PostgresGroupStore groups,
    ContactCipher cipher,
    ContactRowMapper mapper,
    TenantSettings settings,
    ReminderSync reminders,
    PostgresAuditLog audit,
    TimeProvider time)
{
    public async Task<ServiceResult<ContactResponse>> CreateAsync(CurrentUser me, ContactRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var (timezone, compliance) = await settings.ContactSettingsAsync(uow, ct);
        var parsed = ContactValidator.ForCreate(request.ToInput(), timezone, ContactOptions.DefaultCallBeforeHours, now);
        if (!parsed.IsValid)
        {
            return ServiceResult<ContactResponse>.Invalid(parsed.Errors!);
        }
        var draft = parsed.Value!;
        var checks = await CheckAsync(uow, compliance, draft, null, request.Groups, ct);
        if (checks.Failure is { } failure)
        {
            return failure;
        }
        var row = new ContactRow { TenantId = me.TenantId!.Value, Id = Ids.New(time), CreatedBy = me.UserId, CreatedAt = now, Version = 1 };
        mapper.Apply(row, draft, checks.Warnings, now);
        await contacts.InsertAsync(uow, row, ct);
        foreach (var groupId in request.Groups?.Distinct() ?? [])
        {
            await groups.AddMembersAsync(uow, groupId, [row.Id], me.UserId, now, ct);
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.ContactCreated, row.Id) with { Changes = ContactAudit.Created(draft) }, ct);
        await AuditPhiAsync(uow, me, row.Id, checks.Warnings, ct);
        await reminders.EnqueueAsync(uow, [row.Id], ct);
        var saved = (await contacts.FindAsync(uow, row.Id, false, ct))!;
        await uow.CommitAsync(ct);
        return ServiceResult<ContactResponse>.Ok(ContactResponse.From(saved, cipher) with { PhiWarnings = checks.Warnings });
    }

    public async Task<ServiceResult<ContactResponse>> GetAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await contacts.FindAsync(uow, id, includeDeleted: true, ct);
        if (row is null)
        {
            return ServiceResult<ContactResponse>.NotFound();
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.ContactViewed, id), ct);
        await uow.CommitAsync(ct);
        return ServiceResult<ContactResponse>.Ok(ContactResponse.From(row, cipher));
    }

    public async Task<ServiceResult<ContactResponse>> UpdateAsync(CurrentUser me, Guid id, ContactRequest request, int? expectedVersion, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var row = await contacts.FindAsync(uow, id, includeDeleted: false, ct);
        if (row is null)
        {
            return ServiceResult<ContactResponse>.NotFound();
        }
        if (Denied(me, row) is { } denied)
        {
            return denied;
        }
        if (expectedVersion is { } expected && expected != row.Version)
        {
            return ServiceResult<ContactResponse>.Conflict("The contact was changed elsewhere; reload it and try again.");
        }
        var before = mapper.ToDraft(row);
        var parsed = ContactValidator.ForUpdate(before, request.ToInput(), now);
        if (!parsed.IsValid)
        {
            return ServiceResult<ContactResponse>.Invalid(parsed.Errors!);
        }
        var (_, compliance) = await settings.ContactSettingsAsync(uow, ct);
        var checks = await CheckAsync(uow, compliance, parsed.Value!, id, request.Groups, ct);
        if (checks.Failure is { } failure)
        {
            return failure;
        }
        mapper.Apply(row, parsed.Value!, checks.Warnings, now);
        if (!await contacts.UpdateAsync(uow, row, row.Version, ct))
        {
            return ServiceResult<ContactResponse>.Conflict("The contact was changed elsewhere; reload it and try again.");
        }
        if (request.Groups is { } groupIds)
        {
            await ReplaceGroupsAsync(uow, me, row, groupIds, now, ct);
        }
        await audit.AppendAsync(uow, Entry(me, AuditActions.ContactUpdated, id) with { Changes = ContactAudit.Changed(before, parsed.Value!) }, ct);
        await AuditPhiAsync(uow, me, id, checks.Warnings, ct);
        await reminders.EnqueueAsync(uow, [id], ct);
        var saved = (await contacts.FindAsync(uow, id, false, ct))!;
        await uow.CommitAsync(ct);
        return ServiceResult<ContactResponse>.Ok(ContactResponse.From(saved, cipher) with { PhiWarnings = checks.Warnings });
    }

    private async Task<(ServiceResult<ContactResponse>? Failure, IReadOnlyList<PhiWarning> Warnings)> CheckAsync(
        UnitOfWork uow, ComplianceSettings compliance, ContactDraft draft, Guid? contactId, IReadOnlyList<Guid>? groupIds, CancellationToken ct)
    {
        var warnings = PhiScreening.Scan(draft, compliance);
        if (warnings.Count > 0 && compliance.PhiAction == "block")
        {
            return (ServiceResult<ContactResponse>.Invalid(PhiScreening.AsErrors(warnings)), warnings);
        }
        if (groupIds is { Count: > 0 } && (await groups.ExistingAsync(uow, groupIds, ct)).Length != groupIds.Distinct().Count())
        {
            return (ServiceResult<ContactResponse>.Invalid(FieldErrors.Single("groups", "One or more groups do not exist.")), warnings);
        }
        if (draft.Email is { } email && await contacts.EmailTakenAsync(uow, email, contactId, ct))
        {
            return (ServiceResult<ContactResponse>.Conflict("Another contact already uses this email address."), warnings);
        }
        return (null, warnings);
    }

    private async Task ReplaceGroupsAsync(UnitOfWork uow, CurrentUser me, ContactRow row, IReadOnlyList<Guid> groupIds, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var removed in row.GroupIds.Except(groupIds))
        {
            await groups.RemoveMembersAsync(uow, removed, [row.Id], ct);
        }
        foreach (var added in groupIds.Distinct().Except(row.GroupIds))
        {
            await groups.AddMembersAsync(uow, added, [row.Id], me.UserId, now, ct);
        }
    }

    private async Task AuditPhiAsync(UnitOfWork uow, CurrentUser me, Guid contactId, IReadOnlyList<PhiWarning> warnings, CancellationToken ct)
    {
        if (warnings.Count > 0)
        {
            await audit.AppendAsync(uow, Entry(me, AuditActions.PhiDetected, contactId) with
            {
                Changes = new AuditChanges().Set("findings", warnings.Select(w => $"{w.Field}:{w.Rule}").ToArray()).Build(),
            }, ct);
        }
    }

    public static ServiceResult<ContactResponse>? Denied(CurrentUser me, ContactRow row) =>
        RolePermissions.Has(me.Role, Permission.ManageContacts) || row.CreatedBy == me.UserId
            ? null
            : ServiceResult<ContactResponse>.Forbidden("Staff can change only the contacts they created.");

    public static AuditEntry Entry(CurrentUser me, string action, Guid contactId) =>
        new(me.TenantId, me.UserId, me.Role.ToName(), action, "contact", contactId.ToString(), ClientIp: me.ClientIp);
}
