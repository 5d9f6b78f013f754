using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// A contact an import chunk creates or changes: a new one (no <see cref="Existing"/> row), or a live contact a
/// duplicate row matched, with the draft it will be saved as and the rows that led to it.
/// </summary>
public sealed class PendingContact(Guid id, ContactRow? existing, ContactDraft draft)
{
    public Guid Id { get; } = id;

    public ContactRow? Existing { get; } = existing;

    public ContactDraft Draft { get; set; } = draft;

    public IReadOnlyList<PhiWarning> Warnings { get; set; } = [];

    /// <summary>Whether an import row created or changed it (a matched contact no row changed is left alone).</summary>
    public bool Changed { get; set; }

    public List<int> Rows { get; } = [];
}
