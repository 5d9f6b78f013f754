using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// Saves a plan's contacts in the caller's transaction, stored exactly as <see cref="ContactService"/> stores them
/// (notes and special instructions encrypted, blind index, PHI flags): new ones in one insert, matched ones in one
/// version-checked update. A matched contact changed or deleted meanwhile fails its rows instead.
/// </summary>
public sealed class ImportWriter(IContactBulkWriter contacts, ContactRowMapper mapper, ReminderSync reminders, TimeProvider time)
{
    public async Task WriteAsync(IUnitOfWork uow, Guid? createdBy, ImportPlan plan, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tenantId = uow.TenantId!.Value;
        var inserts = plan.Contacts.Where(contact => contact.Existing is null).Select(contact => ToRow(contact, tenantId, createdBy, now)).ToList();
        var updates = plan.Contacts.Where(contact => contact.Existing is not null)
            .Select(contact => (ToRow(contact, tenantId, createdBy, now), contact.Existing!.Version)).ToList();
        await contacts.InsertAsync(uow, inserts, ct);
        var updated = await contacts.UpdateAsync(uow, updates, now, ct);
        await reminders.EnqueueAsync(uow, inserts.Select(row => row.Id).Concat(updated), ct);
        foreach (var lost in plan.Contacts.Where(contact => contact.Existing is not null && !updated.Contains(contact.Id)))
        {
            foreach (var row in lost.Rows)
            {
                plan.Updated--;
                plan.Fail([new ContactImportError(row, "contact", "The matching contact was changed or deleted during the import; import this row again.")]);
            }
        }
    }

    private ContactRow ToRow(PendingContact contact, Guid tenantId, Guid? createdBy, DateTimeOffset now)
    {
        var row = contact.Existing ?? new ContactRow { TenantId = tenantId, Id = contact.Id, CreatedBy = createdBy, CreatedAt = now, Version = 1 };
        mapper.Apply(row, contact.Draft, contact.Warnings, now);
        return row;
    }
}
