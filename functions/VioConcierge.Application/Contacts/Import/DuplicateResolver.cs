using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// Applies the duplicate policy row by row, as if the rows were entered one after another: a row matches a live
/// contact (or one an earlier row of the file creates) with the same email, else the newest with the same E.164
/// phone. <c>skip</c> leaves the match alone; <c>update</c> merges the row's non-empty cells into it as a PATCH
/// would; <c>create</c> adds another contact, except that an email already in use fails the row, as the API refuses it.
/// </summary>
public sealed class DuplicateResolver
{
    private const string EmailTaken = "Another contact already uses this email address.";
    private readonly Dictionary<string, PendingContact> _byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingContact> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly ImportContext _context;
    private readonly ImportPlan _plan;
    private readonly TimeProvider _time;

    public DuplicateResolver(ImportContext context, IEnumerable<PendingContact> existing, ImportPlan plan, TimeProvider time)
    {
        (_context, _plan, _time) = (context, plan, time);
        foreach (var contact in existing)
        {
            Index(contact);
        }
    }

    public void Resolve(ValidatedRow row)
    {
        var draft = row.Draft!;
        var match = (draft.Email is { } email ? _byEmail.GetValueOrDefault(email) : null) ?? _byPhone.GetValueOrDefault(draft.Phone);
        switch (_context.Duplicates)
        {
            case DuplicatePolicies.Skip when match is not null:
                _plan.Skipped++;
                _plan.Saw(row, "skip", null);
                return;
            case DuplicatePolicies.Update when match is not null:
                Update(row, match);
                return;
            case DuplicatePolicies.Create when draft.Email is { } taken && _byEmail.ContainsKey(taken):
                _plan.Fail([new ContactImportError(row.Row, ImportFields.Email, EmailTaken)]);
                return;
        }
        var contact = new PendingContact(Ids.New(_time), null, draft) { Warnings = row.Warnings, Changed = true };
        contact.Rows.Add(row.Row);
        Index(contact);
        _plan.Contacts.Add(contact);
        _plan.Imported++;
        _plan.Saw(row, "insert", contact);
    }

    private void Update(ValidatedRow row, PendingContact match)
    {
        var merged = ContactValidator.ForUpdate(match.Draft, row.Input, _context.Now, _context.Defaults);
        if (!merged.IsValid)
        {
            _plan.Fail(ImportRowValidation.ToErrors(row.Row, merged.Errors!));
            return;
        }
        var draft = merged.Value!;
        if (draft.Email is { } email && _byEmail.TryGetValue(email, out var other) && other != match)
        {
            _plan.Fail([new ContactImportError(row.Row, ImportFields.Email, EmailTaken)]);
            return;
        }
        Unindex(match);
        if (!match.Changed)
        {
            _plan.Contacts.Add(match);
        }
        (match.Draft, match.Warnings, match.Changed) = (draft, PhiScreening.Scan(draft, _context.Compliance), true);
        match.Rows.Add(row.Row);
        Index(match);
        _plan.Updated++;
        _plan.Saw(row, "update", match);
    }

    private void Index(PendingContact contact)
    {
        _byPhone[contact.Draft.Phone] = contact;
        if (contact.Draft.Email is { } email)
        {
            _byEmail[email] = contact;
        }
    }

    private void Unindex(PendingContact contact)
    {
        if (_byPhone.GetValueOrDefault(contact.Draft.Phone) == contact)
        {
            _byPhone.Remove(contact.Draft.Phone);
        }
        if (contact.Draft.Email is { } email && _byEmail.GetValueOrDefault(email) == contact)
        {
            _byEmail.Remove(email);
        }
    }
}
