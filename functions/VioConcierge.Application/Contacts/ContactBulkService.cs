using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Groups;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Bulk actions over up to 10,000 contacts in one transaction: all of it happens or none. Audited as one bulk entry
/// plus one entry per contact changed.
/// </summary>
public sealed class ContactBulkService(
    ITransactions database,
    IContactBulk bulk,
    IGroupStore groups,
    TenantSettings settings,
    ReminderSync reminders,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<Result<BulkResponse>> RunAsync(CurrentUser me, BulkRequest request, CancellationToken ct)
    {
        var errors = Validate(request);
        if (!errors.IsEmpty)
        {
            return Result<BulkResponse>.Invalid(errors);
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        await uow.PlanEachStatementAsync(ct);
        var query = await SelectionAsync(uow, request, now, ct);
        if (!query.IsValid)
        {
            return Result<BulkResponse>.Invalid(query.Errors!);
        }
        var groupIds = request.GroupIds?.Distinct().ToArray() ?? [];
        if (groupIds.Length > 0 && (await groups.ExistingAsync(uow, groupIds, ct)).Length != groupIds.Length)
        {
            return Result<BulkResponse>.Invalid(FieldErrors.Single("groupIds", "One or more groups do not exist."));
        }
        var targets = await bulk.LockTargetsAsync(uow, query.Value!, BulkActions.MaxContacts, now, ct);
        if (targets.Count > BulkActions.MaxContacts)
        {
            return Result<BulkResponse>.Invalid(FieldErrors.Single("filter", $"The selection has more than {BulkActions.MaxContacts:N0} contacts; narrow it."));
        }
        var perContact = await ApplyAsync(uow, me, request, targets, groupIds, now, ct);
        var changed = perContact.Select(entry => entry.TargetId).Distinct().Count();
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.ContactBulkAction, "contact", null,
            new AuditChanges().Set("action", request.Action).Set("selection", request.Ids is null ? "filter" : "ids").Set("matched", targets.Count)
                .Set("changed", changed).Set("status", request.Status).Set("groupIds", groupIds.Length > 0 ? groupIds : null).Build(), me.ClientIp), ct);
        await audit.AppendManyAsync(uow, perContact, ct);
        if (request.Action is BulkActions.Status or BulkActions.Delete)
        {
            await reminders.EnqueueAsync(uow, perContact.Select(entry => Guid.Parse(entry.TargetId!)), ct);
        }
        await uow.CommitAsync(ct);
        return Result<BulkResponse>.Ok(new BulkResponse(request.Action!, targets.Count, changed));
    }

    private async Task<Result<ContactListQuery>> SelectionAsync(IUnitOfWork uow, BulkRequest request, DateTimeOffset now, CancellationToken ct)
    {
        if (request.Ids is { } ids)
        {
            return new ContactListQuery { Ids = ids.Distinct().ToArray() };
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await settings.TimezoneAsync(uow, ct));
        var parsed = ContactListParameters.Parse(request.Filter!, zone, now);
        if (parsed.IsValid)
        {
            return parsed;
        }
        var errors = new FieldErrors();
        foreach (var (field, messages) in parsed.Errors!.ToDictionary())
        {
            Array.ForEach(messages, message => errors.Add($"filter.{field}", message));
        }
        return errors;
    }

    private async Task<IReadOnlyList<AuditEntry>> ApplyAsync(
        IUnitOfWork uow, CurrentUser me, BulkRequest request, IReadOnlyList<Guid> ids, Guid[] groupIds, DateTimeOffset now, CancellationToken ct)
    {
        AuditEntry Entry(string action, Guid id, AuditChanges? changes = null) =>
            ContactService.Entry(me, action, id) with { Changes = changes?.Build() };
        switch (request.Action)
        {
            case BulkActions.Status:
                var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
                return (await bulk.SetStatusAsync(uow, ids, request.Status!, reason, now, ct))
                    .Select(c => Entry(AuditActions.ContactStatusChanged, c.Id, new AuditChanges().Change("status", c.Before, request.Status).Set("reason", reason)))
                    .ToArray();
            case BulkActions.Delete:
                return (await bulk.SoftDeleteAsync(uow, ids, now, ct)).Select(id => Entry(AuditActions.ContactDeleted, id)).ToArray();
            case BulkActions.AddToGroups:
                return GroupEntries(await bulk.AddToGroupsAsync(uow, ids, groupIds, me.UserId, now, ct), added: true, Entry);
            case BulkActions.RemoveFromGroups:
                return GroupEntries(await bulk.RemoveFromGroupsAsync(uow, ids, groupIds, [], ct), added: false, Entry);
            default:
                var removed = await bulk.RemoveFromGroupsAsync(uow, ids, null, groupIds, ct);
                var added = await bulk.AddToGroupsAsync(uow, ids, groupIds, me.UserId, now, ct);
                return [.. GroupEntries(removed, added: false, Entry), .. GroupEntries(added, added: true, Entry)];
        }
    }

    private static AuditEntry[] GroupEntries(IEnumerable<(Guid ContactId, Guid GroupId)> pairs, bool added, Func<string, Guid, AuditChanges?, AuditEntry> entry) =>
        pairs.GroupBy(pair => pair.ContactId)
            .Select(contact => entry(AuditActions.ContactGroupsChanged, contact.Key,
                new AuditChanges().Set(added ? "addedToGroups" : "removedFromGroups", contact.Select(pair => pair.GroupId).ToArray())))
            .ToArray();

    private static FieldErrors Validate(BulkRequest request)
    {
        var errors = new FieldErrors()
            .AddIf(!BulkActions.All.Contains(request.Action ?? ""), "action", $"Action must be one of: {string.Join(", ", BulkActions.All)}.")
            .AddIf((request.Ids is null) == (request.Filter is null), "ids", "Give either ids or filter (exactly one).")
            .AddIf(request.Ids is { Count: 0 } or { Count: > BulkActions.MaxContacts }, "ids", $"Give 1 to {BulkActions.MaxContacts:N0} contact ids.");
        if (request.Action == BulkActions.Status)
        {
            errors.AddIf(request.Status is null || !ContactStatus.BulkTargets.Contains(request.Status), "status",
                    $"A bulk status change sets one of: {string.Join(", ", ContactStatus.BulkTargets)}.")
                .AddIf(request.Reason?.Length > ContactLifecycleService.ReasonMaxLength, "reason", $"Reason must be at most {ContactLifecycleService.ReasonMaxLength} characters.");
        }
        if (request.Action is BulkActions.AddToGroups or BulkActions.RemoveFromGroups)
        {
            errors.AddIf(request.GroupIds is not { Count: > 0 }, "groupIds", "Give at least one group id.");
        }
        errors.AddIf(request.Action == BulkActions.ReplaceGroups && request.GroupIds is null, "groupIds", "Give the groups to keep (an empty list removes every group).");
        return errors;
    }
}
