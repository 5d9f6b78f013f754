using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// Decides what importing some rows does, reading but never writing: validates every row as the API would, loads
/// the tenant's live contacts sharing a phone or email with a valid row (one query), and applies the duplicate policy.
/// </summary>
public sealed class ImportPlanner(IContactBulkWriter contacts, ContactRowMapper mapper, TimeProvider time)
{
    public async Task<ImportPlan> PlanAsync(
        IUnitOfWork uow, ImportContext context, ImportColumns columns, IEnumerable<ImportRecord> records, CancellationToken ct)
    {
        var rows = records.Select(record => ImportRowValidation.Validate(record, columns, context)).ToList();
        var valid = rows.Where(row => row.IsValid).Select(row => row.Draft!).ToList();
        var matches = await contacts.FindMatchesAsync(uow,
            valid.Select(draft => draft.Phone).Distinct().ToArray(), valid.Select(draft => draft.Email).OfType<string>().Distinct().ToArray(), ct);
        var plan = new ImportPlan();
        var resolver = new DuplicateResolver(context,
            matches.Select(row => new PendingContact(row.Id, row, context.Duplicates == DuplicatePolicies.Update ? mapper.ToDraft(row) : Light(row))),
            plan, time);
        foreach (var row in rows)
        {
            if (row.IsValid)
            {
                resolver.Resolve(row);
            }
            else
            {
                plan.Fail(row.Errors);
            }
        }
        return plan;
    }

    /// <summary>Enough of a stored contact to match on, without decrypting its notes (skip and create never change it).</summary>
    private static ContactDraft Light(ContactRow row) => new(
        row.Name, row.Phone, row.PhoneDigits, row.Email, row.AppointmentAt, row.Timezone, row.CallBeforeHours, null, row.AppointmentType,
        row.OwnerName, row.CompanyName, row.DurationMinutes, null, row.BookingSource, row.LocationId, row.Priority, row.PreferredContactMethod);
}
