using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The one create / update / status path for a contact, inside the caller's transaction, whoever the caller is (the
/// API, a booking calendar): validation, PHI screening (a block is <see cref="PhiBlocked"/>), the email in use by
/// another contact (409), encryption, group membership, the audit entries, and the reminder sync that re-plans or stops
/// the contact's reminder.
/// </summary>
public sealed class ContactWriter(
    IContactStore contacts,
    IGroupStore groups,
    ContactRowMapper mapper,
    TenantSettings settings,
    ReminderSync reminders,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>The <see cref="ServiceResult{T}.Detail"/> of an invalid result refused because PHI was found.</summary>
    public const string PhiBlocked = "phi_blocked";

    /// <summary>The <see cref="ServiceResult{T}.Detail"/> of the conflict when another contact has the email.</summary>
    public const string EmailInUse = "Another contact already uses this email address.";

    /// <summary>
    /// Creates a contact; without its own timing it takes <paramref name="defaultCallBeforeHours"/> when given (a booking
    /// calendar's timing), else the tenant's default call timing.
    /// </summary>
    public async Task<Result<ContactWrite>> CreateAsync(
        IUnitOfWork uow, ContactActor actor, ContactInput input, IReadOnlyList<Guid>? groupIds, int? defaultCallBeforeHours, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (defaults, compliance) = await settings.ContactSettingsAsync(uow, ct);
        defaults = For(actor, defaults) with { CallBeforeHours = defaultCallBeforeHours ?? defaults.CallBeforeHours };
        var parsed = ContactValidator.ForCreate(input, defaults, now);
        if (!parsed.IsValid)
        {
            return Result<ContactWrite>.Invalid(parsed.Errors!);
        }
        var draft = parsed.Value!;
        var checks = await CheckAsync(uow, compliance, draft, null, groupIds, ct);
        if (checks.Failure is { } failure)
        {
            return failure;
        }
        var row = new ContactRow { TenantId = actor.TenantId, Id = Ids.New(time), CreatedBy = actor.UserId, CreatedAt = now, Version = 1 };
        mapper.Apply(row, draft, checks.Warnings, now);
        await contacts.InsertAsync(uow, row, ct);
        foreach (var groupId in groupIds?.Distinct() ?? [])
        {
            await groups.AddMembersAsync(uow, groupId, [row.Id], actor.UserId, now, ct);
        }
        await audit.AppendAsync(uow, actor.Entry(AuditActions.ContactCreated, row.Id) with { Changes = ContactAudit.Created(draft) }, ct);
        return await SavedAsync(uow, actor, row.Id, checks.Warnings, ct);
    }

    /// <summary>Applies <paramref name="input"/> over <paramref name="row"/>; <paramref name="status"/>, when given, also sets the status.</summary>
    public async Task<Result<ContactWrite>> UpdateAsync(
        IUnitOfWork uow, ContactActor actor, ContactRow row, ContactInput input, IReadOnlyList<Guid>? groupIds, string? status, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var before = mapper.ToDraft(row);
        var (defaults, compliance) = await settings.ContactSettingsAsync(uow, ct);
        var parsed = ContactValidator.ForUpdate(before, input, now, For(actor, defaults));
        if (!parsed.IsValid)
        {
            return Result<ContactWrite>.Invalid(parsed.Errors!);
        }
        var checks = await CheckAsync(uow, compliance, parsed.Value!, row.Id, groupIds, ct);
        if (checks.Failure is { } failure)
        {
            return failure;
        }
        mapper.Apply(row, parsed.Value!, checks.Warnings, now);
        var statusBefore = row.Status;
        if (status is not null && status != row.Status)
        {
            (row.Status, row.StatusReason) = (status, null);
        }
        if (!await contacts.UpdateAsync(uow, row, row.Version, ct))
        {
            return Result<ContactWrite>.Conflict("The contact was changed elsewhere; reload it and try again.");
        }
        if (groupIds is not null)
        {
            await ReplaceGroupsAsync(uow, actor, row, groupIds, now, ct);
        }
        await audit.AppendAsync(uow, actor.Entry(AuditActions.ContactUpdated, row.Id) with { Changes = ContactAudit.Changed(before, parsed.Value!) }, ct);
        if (statusBefore != row.Status)
        {
            await AuditStatusAsync(uow, actor, row, statusBefore, ct);
        }
        return await SavedAsync(uow, actor, row.Id, checks.Warnings, ct);
    }

    /// <summary>Sets the status (a manual override, a cancelled booking); false when the contact changed meanwhile.</summary>
    public async Task<bool> SetStatusAsync(IUnitOfWork uow, ContactActor actor, ContactRow row, string status, string? reason, CancellationToken ct)
    {
        var before = row.Status;
        (row.Status, row.StatusReason, row.UpdatedAt) = (status, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), time.GetUtcNow());
        if (!await contacts.UpdateAsync(uow, row, row.Version, ct))
        {
            return false;
        }
        await AuditStatusAsync(uow, actor, row, before, ct);
        await reminders.EnqueueAsync(uow, [row.Id], ct);
        return true;
    }

    /// <summary>The tenant's rule on a contact's own call timing binds staff; a booking calendar applies its own setting.</summary>
    private static ContactDefaults For(ContactActor actor, ContactDefaults defaults) =>
        actor.UserId is null ? defaults with { CustomTimingAllowed = true } : defaults;

    private Task AuditStatusAsync(IUnitOfWork uow, ContactActor actor, ContactRow row, string before, CancellationToken ct) =>
        audit.AppendAsync(uow, actor.Entry(AuditActions.ContactStatusChanged, row.Id) with
        {
            Changes = new AuditChanges().Change("status", before, row.Status).Set("reason", row.StatusReason).Build(),
        }, ct);

    private async Task<Result<ContactWrite>> SavedAsync(IUnitOfWork uow, ContactActor actor, Guid id, IReadOnlyList<PhiWarning> warnings, CancellationToken ct)
    {
        if (warnings.Count > 0)
        {
            await audit.AppendAsync(uow, actor.Entry(AuditActions.PhiDetected, id) with
            {
                Changes = new AuditChanges().Set("findings", warnings.Select(w => $"{w.Field}:{w.Rule}").ToArray()).Build(),
            }, ct);
        }
        await reminders.EnqueueAsync(uow, [id], ct);
        return Result<ContactWrite>.Ok(new ContactWrite((await contacts.FindAsync(uow, id, false, ct))!, warnings));
    }

    private async Task<(Result<ContactWrite>? Failure, IReadOnlyList<PhiWarning> Warnings)> CheckAsync(
        IUnitOfWork uow, ComplianceSettings compliance, ContactDraft draft, Guid? contactId, IReadOnlyList<Guid>? groupIds, CancellationToken ct)
    {
        var warnings = PhiScreening.Scan(draft, compliance);
        if (warnings.Count > 0 && compliance.PhiAction == "block")
        {
            return (Result<ContactWrite>.Invalid(PhiScreening.AsErrors(warnings), PhiBlocked), warnings);
        }
        if (groupIds is { Count: > 0 } && (await groups.ExistingAsync(uow, groupIds, ct)).Length != groupIds.Distinct().Count())
        {
            return (Result<ContactWrite>.Invalid(FieldErrors.Single("groups", "One or more groups do not exist.")), warnings);
        }
        if (draft.Email is { } email && await contacts.EmailTakenAsync(uow, email, contactId, ct))
        {
            return (Result<ContactWrite>.Conflict(EmailInUse), warnings);
        }
        return (null, warnings);
    }

    private async Task ReplaceGroupsAsync(IUnitOfWork uow, ContactActor actor, ContactRow row, IReadOnlyList<Guid> groupIds, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var removed in row.GroupIds.Except(groupIds))
        {
            await groups.RemoveMembersAsync(uow, removed, [row.Id], ct);
        }
        foreach (var added in groupIds.Distinct().Except(row.GroupIds))
        {
            await groups.AddMembersAsync(uow, added, [row.Id], actor.UserId, now, ct);
        }
    }
}
